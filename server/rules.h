// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/httpcontext.h"

// The parameter validators of Appwrite's routes (utopia validators), with their error descriptions.
namespace Userdesk::Server {

Rule customIdRule();
Rule uidRule();
Rule emailRule(bool allowEmpty = false);
Rule phoneRule(bool allowEmpty = false);
Rule passwordRule(bool allowEmpty = false);
/// The password rule of a project: with its `passwordDictionary` setting on, common passwords are refused too.
Rule passwordDictionaryRule(const ProjectRecord &project, bool allowEmpty = false);
/// A new plaintext password of the request's project: the dictionary rule, and from 1.9.5 first the project's
/// password-strength policy (minimum length, upper case, lower case, number, symbol), each failing rule with its
/// own description, as Appwrite's AllOf([PasswordStrength, PasswordDictionary]) answers.
Rule newPasswordRule(const Ctx &ctx, bool allowEmpty = false);
Rule textRule(int max, int min = 0);
Rule whitelistRule(const QStringList &values);
/// utopia's WhiteList without `strict`: compared in lower case; the description lists the values as written.
Rule looseWhitelistRule(const QStringList &values);
Rule datetimeRule();
/// utopia's Hostname validator: a host name without path, port or protocol.
Rule hostnameRule();

} // namespace Userdesk::Server
