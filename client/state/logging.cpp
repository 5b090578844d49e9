// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/state/logging.h"

Q_LOGGING_CATEGORY(lcCore, "userdesk.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "userdesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiHttp, "userdesk.api.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "userdesk.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCookies, "userdesk.cookies", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "userdesk.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "userdesk.ui", QtInfoMsg)
