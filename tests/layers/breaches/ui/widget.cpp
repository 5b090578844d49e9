// The UI may include every layer below it and its uic headers, not the server.
#include "client/models/bulkjob.h"
#include "ui_mainwindow.h"
#include <QWidget>
#include "server/api.h"
