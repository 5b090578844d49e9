// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/responseformat.h"

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

/// One of Appwrite's response filters: applied to formats below `threshold` by releases from `shippedFrom` on
/// (app/controllers/general.php adds each filter a release has).
struct Filter
{
    const char16_t *threshold;
    Release shippedFrom;
};

constexpr Filter V17{ u"1.5.0", Release(1, 7, 5) };
constexpr Filter V18{ u"1.6.0", Release(1, 7, 5) };
constexpr Filter V19{ u"1.7.0", Release(1, 7, 5) };
constexpr Filter V21{ u"1.9.0", Release(1, 9, 0) };
constexpr Filter V23{ u"1.9.2", Release(1, 9, 2) };
constexpr Filter V25{ u"1.9.4", Release(1, 9, 4) };
constexpr Filter V26{ u"1.9.5", Release(1, 9, 5) };

} // namespace

ResponseShape ResponseShape::of(Release release, QStringView format)
{
    auto applies = [&](const Filter &filter) {
        return !format.isEmpty() && filter.shippedFrom <= release
                && phpVersionCompare(format, QStringView(filter.threshold)) < 0;
    };
    ResponseShape shape;
    const bool v17 = applies(V17);
    shape.userTargetsAndMfa = !v17;
    shape.membershipMfa = !v17;
    shape.sessionFactorsAndSecret = !v17;
    shape.tokenPhrase = !v17;
    shape.projectMockNumbersAndAlerts = !applies(V18);
    shape.projectDevKeys = !applies(V19);
    shape.userImpersonator = release.has(Change::Impersonation) && !applies(V21);
    const bool models195 = release.has(Change::Models195);
    shape.userEmailClassification = models195;
    shape.membershipUserPhone = models195 && !applies(V23);
    shape.membershipUserAccessedAt = models195;
    shape.logUserType = models195;
    const bool projectApi = release.has(Change::ProjectApi);
    shape.projectAuthMethods = projectApi && !applies(V26);
    shape.projectV26Fields = projectApi && applies(V26);
    shape.projectMembershipIdAndPhone = shape.projectV26Fields && !applies(V23);
    shape.oidcUrlsUpperCase = !applies(V25);
    shape.emailTemplateLegacyNames = applies(V23);
    return shape;
}

} // namespace Userdesk::Server
