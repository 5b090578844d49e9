// The server using the client library: one breach; its own header is fine.
#include "api/usersapi.h"
#include "own.h"
#include <QtWidgets/QLabel>
