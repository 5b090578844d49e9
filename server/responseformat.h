// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/release.h"

#include <QStringView>

namespace Userdesk::Server {

/// Which fields the models of one answer carry: those of the release the server answers as, brought down to the
/// X-Appwrite-Response-Format the caller sent by the response filters that release ships, as Appwrite does it
/// (Appwrite\Utopia\Response\Filters\V16…V26; a filter applies when the format is below its threshold by PHP's
/// version_compare). Without the header, or with a format at or above the release, nothing is filtered.
///
/// Appwrite's filters rewrite finished JSON; here the model writers ask the shape instead, so that an answer costs
/// the same with or without the header. Only the filters that touch the models this server has are kept: V17
/// (format < 1.5.0), V18 (< 1.6.0), V19 (< 1.7.0), V21 (< 1.9.0), V23 (< 1.9.2), V25 (< 1.9.4) and V26 (< 1.9.5).
struct ResponseShape
{
    // V17 (1.4.x and older SDKs)
    bool userTargetsAndMfa = true; // User model (not Account): `targets`, `mfa`
    bool membershipMfa = true;
    bool sessionFactorsAndSecret = true;
    bool tokenPhrase = true;
    // V18
    bool projectMockNumbersAndAlerts = true; // legacy Project: `authMockNumbers`, `authSessionAlerts`
    // V19 (1.6.x and older)
    bool projectDevKeys = true; // legacy Project: `devKeys`
    // Fields a release added (Change), and the filters that take them away again
    bool userImpersonator = false; // 1.9.0 User and Account: `impersonator`, `impersonatorUserId`; V21 drops them
    bool userEmailClassification = false; // 1.9.5 User and Account: `emailCanonical`, `emailIs*`
    bool membershipUserPhone = false; // 1.9.5; V23 drops it
    bool membershipUserAccessedAt = false; // 1.9.5
    bool logUserType = false; // 1.9.5
    /// The 1.9.5 Project model (`authMethods[]`, `services[]`, `protocols[]`); false: the flat legacy model, which
    /// V26 rebuilds for older formats on 1.9.5 and later.
    bool projectAuthMethods = false;
    /// On 1.9.5 and later, the legacy Project model as V26 rebuilds it has the newer auth settings too
    /// (`authDisposableEmails`, `authMembershipsUserAccessedAt`…); `authMembershipsUserId|UserPhone` unless V23.
    bool projectV26Fields = false;
    bool projectMembershipIdAndPhone = false;
    /// V23 (< 1.9.2): the `emailTemplate` model says `type` and `replyTo` and has no `replyToName`; the Project
    /// model says `smtpReplyTo` and has no `smtpReplyToName`.
    bool emailTemplateLegacyNames = false;
    /// The OpenID Connect provider's `tokenURL` and `userInfoURL`; V25 (< 1.9.4) spells them `tokenUrl`, `userInfoUrl`.
    bool oidcUrlsUpperCase = true;

    /// The shape for a server answering as `release` to a caller that sent `format` ("" when it sent none).
    static ResponseShape of(Release release, QStringView format);
};

} // namespace Userdesk::Server
