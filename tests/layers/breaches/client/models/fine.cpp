// Models include the API below them: no breach.
#include "client/api/usersapi.h"
#include <QAbstractTableModel>
