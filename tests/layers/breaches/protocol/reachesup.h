// A protocol header that reaches up: two breaches.
#include "ui/mainwindow.h"
#include <QWidget>
#include <QString>
#include "protocol/models.h"
