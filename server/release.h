// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace Userdesk::Server {

/// A change in Appwrite's behaviour that handlers ask the release about (Release::has); release.cpp says which
/// release made each. Routes that one release adds or drops say so in their own rows (RouteOptions::since/until),
/// and error codes and messages in the error catalogue (httperror.cpp).
enum class Change {
    /// 1.8.0: list routes take `total`; `total=false` answers a total of 0 without counting.
    ListTotalParam,
    /// 1.8.0: general_unauthorized_scope lists the route's scopes as JSON: `missing scopes (["users.read"])`.
    ScopesListedInMessage,
    /// 1.8.0: the project setting `auths.invalidateSessions` (default on for new projects), its console route, the
    /// Project model's `authInvalidateSessions`, and a password change ending the user's other sessions when on.
    SessionInvalidation,
    /// 1.9.5: completing a password recovery ends every session of the user when auths.invalidateSessions is on.
    RecoveryEndsSessions,
    /// 1.9.0: an MFA recovery-code challenge is completed when its type is `recoveryCode` as sent; before, only a
    /// challenge created as `recoverycode` (lower case) could be completed.
    RecoveryCodeFactorCamelCase,
    /// 1.9.5: creating an MFA challenge or recovery codes on the account answers 201 (200 before).
    MfaCreatedAnswers201,
    /// 1.9.0: a project API key with a session is no error any more: the key wins and the session's user is dropped
    /// (before: 403 user_key_and_session_set).
    KeyWinsOverSession,
    /// 1.9.0: X-Appwrite-JWT with a session is refused, 403 user_jwt_and_cookie_set (before: the JWT's user won).
    JwtWithSessionRefused,
    /// 1.9.0: users may be impersonators (`PATCH /users/:id/impersonator`, the User model's `impersonator` and
    /// `impersonatorUserId`, the `impersonator` query attribute); such a user acts as another one with the
    /// X-Appwrite-Impersonate-User-Id|Email|Phone headers and may read users.
    Impersonation,
    /// 1.9.0: POST /account/jwts takes `duration` (0–3600 s, default 900).
    JwtDuration,
    /// 1.9.5: the project API `/v1/project/*` for API keys, its scopes, and the Project model with `authMethods[]`
    /// (older response formats get the flat `auth*` fields back).
    ProjectApi,
    /// 1.9.5: plaintext passwords must meet the project's password-strength policy (minimum length, character
    /// classes); the current password of PATCH /account/password is any text up to 256 characters.
    PasswordStrength,
    /// 1.9.5: the User model's e-mail classification (`emailCanonical`, `emailIs*`), the Membership model's
    /// `userPhone` and `userAccessedAt`, the Log model's `userType`.
    Models195,
    /// 1.9.5: the session limit and the user limit may be off (a null `total`, stored as 0), and new projects start
    /// with no session limit.
    OptionalLimits,
};

/// An Appwrite release, "major.minor.patch": the one the server answers as (--appwrite-version), and the first and
/// last releases of a route row (RouteOptions::since/until). Ordered by number, so that a route Appwrite added in
/// 1.8.0 exists in 1.8.1.
///
/// emulated() are the releases the server answers as, the newest of which is the default. Making the server answer as
/// one more release is adding it to the emulated list (release.cpp) once its differences are in place.
class Release
{
public:
    constexpr Release(int majorNumber, int minorNumber, int patchNumber)
        : m_major(majorNumber)
        , m_minor(minorNumber)
        , m_patch(patchNumber)
    {
    }

    /// "1.7.5": three numbers of digits only (no leading zero), nothing before, between or after them; nullopt
    /// otherwise.
    static std::optional<Release> fromString(QStringView text);
    /// The releases the server answers as today, oldest first.
    static QList<Release> emulated();
    /// The newest emulated release: what the server answers as when not told otherwise.
    static Release defaultRelease();

    /// Whether this release has `change` (is the release that made it, or later).
    bool has(Change change) const;

    bool isEmulated() const { return emulated().contains(*this); }
    /// Whether this release lies in [since, until], both included, as route rows write them: "all" leaves that end
    /// open. Throws std::invalid_argument for anything else that is no release, so a mistyped row fails at start-up.
    bool within(QStringView since, QStringView until) const;

    QString toString() const;

    friend constexpr auto operator<=>(const Release &, const Release &) = default;

private:
    int m_major;
    int m_minor;
    int m_patch;
};

/// PHP's version_compare($a, $b): -1, 0 or 1. Appwrite compares the X-Appwrite-Response-Format header with it, which
/// orders versions differently from a plain number compare: both strings are split into parts at '.', '-', '_' and
/// '+' and between digits and letters ("1.9rc1" is 1, 9, rc, 1); parts are compared in turn, numbers as numbers;
/// a word ranks by how it begins, case-sensitively: dev < alpha = a < beta = b < RC = rc < pl = p ("patch" is p),
/// and any other word below dev; a number ranks above every word but pl/p. When one version runs out of parts, the
/// next part of the other decides: a number or pl/p makes that one the greater, another word the smaller. So
/// "1.9" < "1.9.0" < "1.9.0pl1", "1.9.0-rc1" < "1.9.0", and "1.10" > "1.9".
int phpVersionCompare(QStringView a, QStringView b);

} // namespace Userdesk::Server
