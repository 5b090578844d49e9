// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/logging.h"

Q_LOGGING_CATEGORY(lcServer, "userdesk.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerHttp, "userdesk.server.http", QtInfoMsg)
