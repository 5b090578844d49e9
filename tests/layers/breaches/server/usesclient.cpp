// The server using the client library, a Widgets header and a header by its bare name: three breaches. Its own
// header by its path from the source root is fine.
#include "client/api/usersapi.h"
#include "server/own.h"
#include "own.h"
#include <QtWidgets/QLabel>
