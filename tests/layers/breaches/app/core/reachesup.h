// A core header that reaches up: two breaches.
#include "ui/mainwindow.h"
#include <QWidget>
#include <QString>
#include "core/models.h"
