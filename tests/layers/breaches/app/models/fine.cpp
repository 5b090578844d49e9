// Models include the API below them: no breach.
#include "api/usersapi.h"
#include <QAbstractTableModel>
