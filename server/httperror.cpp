// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/httperror.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

struct ErrorInfo
{
    int code;
    const char16_t *message;
};

const QHash<QString, ErrorInfo> &catalogue()
{
    static const QHash<QString, ErrorInfo> table = {
        { u"general_unknown"_s, { 500, u"An unknown error has occurred. Please check the logs for more information." } },
        { u"general_access_forbidden"_s, { 401, u"Access to this API is forbidden." } },
        { u"general_resource_blocked"_s, { 401, u"Access to this resource is blocked." } },
        { u"general_unknown_origin"_s, { 403, u"The request originated from an unknown origin. If you trust this domain, please list it as a trusted platform in the Appwrite console." } },
        { u"general_api_disabled"_s, { 403, u"The requested API is disabled. You can enable the API from the Appwrite console." } },
        { u"general_service_disabled"_s, { 403, u"The requested service is disabled. You can enable the service from the Appwrite console." } },
        { u"general_unauthorized_scope"_s, { 401, u"The current user or API key does not have the required scopes to access the requested resource." } },
        { u"general_rate_limit_exceeded"_s, { 429, u"Rate limit for the current endpoint has been exceeded. Please try again after some time." } },
        { u"general_argument_invalid"_s, { 400, u"The request contains one or more invalid arguments. Please refer to the endpoint documentation." } },
        { u"general_query_limit_exceeded"_s, { 400, u"Query limit exceeded for the current attribute. Usage of more than 100 query values on a single attribute is prohibited." } },
        { u"general_query_invalid"_s, { 400, u"The query's syntax is invalid. Please check the query and try again." } },
        { u"general_route_not_found"_s, { 404, u"Route not found. Please ensure the endpoint is configured correctly and that the API route is valid for this SDK version. Refer to the API docs for more details." } },
        { u"general_cursor_not_found"_s, { 400, u"The cursor is invalid. This can happen if the item represented by the cursor has been deleted." } },
        { u"general_server_error"_s, { 500, u"An internal server error occurred." } },
        { u"general_not_implemented"_s, { 405, u"This method was not fully implemented yet. If you believe this is a mistake, please upgrade your Appwrite server version." } },
        { u"general_invalid_email"_s, { 400, u"Value must be a valid email address." } },
        { u"general_invalid_phone"_s, { 400, u"Value must be a valid phone number. Format this number with a leading '+' and a country code, e.g., +16175551212." } },
        { u"general_bad_request"_s, { 400, u"There was an error processing your request. Please check the inputs and try again." } },
        { u"general_usage_disabled"_s, { 501, u"Usage stats is not configured. Please check the value of the _APP_USAGE_STATS environment variable of your Appwrite server." } },
        { u"general_smtp_disabled"_s, { 503, u"SMTP is disabled on your Appwrite instance. You can <a href=\"/docs/email-delivery\">learn more about setting up SMTP</a> in our docs." } },
        { u"general_phone_disabled"_s, { 503, u"Phone provider is not configured. Please check the _APP_SMS_PROVIDER environment variable of your Appwrite server." } },
        { u"user_count_exceeded"_s, { 400, u"The current project has exceeded the maximum number of users. Please check your user limit in the Appwrite console." } },
        { u"user_console_count_exceeded"_s, { 501, u"Sign up to the console is restricted. You can contact an administrator to update console sign up restrictions by setting _APP_CONSOLE_WHITELIST_ROOT to \"disabled\"." } },
        { u"user_jwt_invalid"_s, { 401, u"The JWT token is invalid. Please check the value of the X-Appwrite-JWT header to ensure the correct token is being used." } },
        { u"user_already_exists"_s, { 409, u"A user with the same id, email, or phone already exists in this project." } },
        { u"user_blocked"_s, { 401, u"The current user has been blocked. You can unblock the user by making a request to the User API's \"Update User Status\" endpoint or in the Appwrite Console's Auth section." } },
        { u"user_invalid_token"_s, { 401, u"Invalid token passed in the request." } },
        { u"user_password_reset_required"_s, { 412, u"The current user requires a password reset." } },
        { u"user_invalid_credentials"_s, { 401, u"Invalid credentials. Please check the email and password." } },
        { u"user_anonymous_console_prohibited"_s, { 401, u"Anonymous users cannot be created for the console project." } },
        { u"user_session_already_exists"_s, { 401, u"Creation of a session is prohibited when a session is active." } },
        { u"user_not_found"_s, { 404, u"User with the requested ID could not be found." } },
        { u"user_email_already_exists"_s, { 409, u"A user with the same email already exists in the current project." } },
        { u"user_password_mismatch"_s, { 400, u"Passwords do not match. Please check the password and confirm password." } },
        { u"password_recently_used"_s, { 400, u"The password you are trying to use is similar to your previous password. For your security, please choose a different password and try again." } },
        { u"password_personal_data"_s, { 400, u"The password you are trying to use contains references to your name, email, phone or userID. For your security, please choose a different password and try again." } },
        { u"user_session_not_found"_s, { 404, u"The current user session could not be found." } },
        { u"user_identity_not_found"_s, { 404, u"The identity could not be found. Please sign in with OAuth provider to create identity first." } },
        { u"user_unauthorized"_s, { 401, u"The current user is not authorized to perform the requested action." } },
        { u"user_auth_method_unsupported"_s, { 501, u"The requested authentication method is either disabled or unsupported. Please check the supported authentication methods in the Appwrite console." } },
        { u"user_phone_already_exists"_s, { 409, u"A user with the same phone number already exists in the current project." } },
        { u"user_recovery_codes_already_exists"_s, { 409, u"The current user already generated recovery codes and they can only be read once for security reasons." } },
        { u"user_authenticator_not_found"_s, { 404, u"Authenticator could not be found on the current user." } },
        { u"user_recovery_codes_not_found"_s, { 404, u"Recovery codes could not be found on the current user." } },
        { u"user_authenticator_already_verified"_s, { 409, u"This authenticator is already verified on the current user." } },
        { u"user_challenge_required"_s, { 401, u"A recently successful challenge is required to complete this action. A challenge is considered recent for 5 minutes." } },
        { u"user_more_factors_required"_s, { 401, u"More factors are required to complete the sign in process." } },
        { u"user_email_already_verified"_s, { 409, u"User email is already verified" } },
        { u"user_phone_already_verified"_s, { 409, u"User phone is already verified" } },
        { u"user_phone_not_found"_s, { 400, u"The current user does not have a phone number associated with their account." } },
        { u"membership_already_confirmed"_s, { 409, u"Membership is already confirmed." } },
        { u"user_deletion_prohibited"_s, { 400, u"User deletion is not allowed for users with active memberships. Please delete all confirmed memberships before deleting the account." } },
        { u"user_target_not_found"_s, { 404, u"The target could not be found." } },
        { u"user_target_already_exists"_s, { 409, u"A target with the same ID already exists." } },
        { u"user_key_and_session_set"_s, { 403, u"API key and session used in the same request. Use either `setSession` or `setKey`. Learn about which authentication method to use in the SSR docs: https://appwrite.io/docs/products/auth/server-side-rendering" } },
        { u"api_key_expired"_s, { 401, u"The dynamic API key has expired. Please don't use dynamic API keys for more than duration of the execution." } },
        { u"team_not_found"_s, { 404, u"Team with the requested ID could not be found." } },
        { u"team_already_exists"_s, { 409, u"Team with requested ID already exists. Please choose a different ID and try again." } },
        { u"membership_not_found"_s, { 404, u"Membership with the requested ID could not be found." } },
        { u"team_invalid_secret"_s, { 401, u"The team invitation secret is invalid. Please request a new invitation and try again." } },
        { u"team_invite_mismatch"_s, { 401, u"The invite does not belong to the current user." } },
        { u"team_membership_mismatch"_s, { 404, u"The membership ID does not belong to the team ID." } },
        { u"project_not_found"_s, { 404, u"Project with the requested ID could not be found. Please check the value of the X-Appwrite-Project header to ensure the correct project ID is being used." } },
        { u"project_already_exists"_s, { 409, u"Project with the requested ID already exists. Try again with a different ID or use ID.unique() to generate a unique ID." } },
        { u"project_provider_disabled"_s, { 412, u"The chosen OAuth provider is disabled. You can enable the OAuth provider using the Appwrite console." } },
        { u"project_provider_unsupported"_s, { 400, u"The chosen OAuth provider is unsupported. Please check the <a href=\"/docs/client/account?sdk=web-default#accountCreateOAuth2Session\">Create OAuth2 Session docs</a> for the complete list of supported OAuth providers." } },
        { u"project_reserved_project"_s, { 400, u"The project ID is reserved. Please choose another project ID." } },
        { u"project_key_expired"_s, { 401, u"The project key has expired. Please generate a new key using the Appwrite console." } },
        { u"key_not_found"_s, { 404, u"Key with the requested ID could not be found." } },
        { u"platform_not_found"_s, { 404, u"Platform with the requested ID could not be found." } },
        { u"webhook_not_found"_s, { 404, u"Webhook with the requested ID could not be found." } },
    };
    return table;
}

/// What a later release changed in the catalogue above, or added to it: from `since` on, `type` has this code and
/// message (app/config/errors.php of each tag). The newest row a release has wins.
struct ErrorChange
{
    Release since;
    const char16_t *type;
    ErrorInfo info;
};

constexpr ErrorChange changes[] = {
    { Release(1, 8, 0), u"user_email_not_found", { 400, u"User email could not be found." } },
    { Release(1, 8, 0), u"user_email_not_verified", { 400, u"User email is not verified" } },
    { Release(1, 8, 0), u"user_phone_not_verified", { 400, u"User phone is not verified" } },
    { Release(1, 8, 0), u"membership_deletion_prohibited", { 400, u"Membership deletion is prohibited." } },
    { Release(1, 8, 0), u"membership_downgrade_prohibited", { 400, u"Membership role downgrade is prohibited." } },
    { Release(1, 9, 0), u"user_blocked", { 403, u"The current user has been blocked." } },
    { Release(1, 9, 0), u"general_resource_blocked", { 403, u"Access to this resource is blocked." } },
    { Release(1, 9, 0), u"user_api_key_and_session_set", { 403, u"API key and session used in the same request. Use either `setSession` or `setKey`. Learn about which authentication method to use in the SSR docs: https://appwrite.io/docs/products/auth/server-side-rendering" } },
    { Release(1, 9, 0), u"user_jwt_and_cookie_set", { 403, u"JWT and cookie used in the same request. Use either `setJWT` or `setCookie`. Learn about which authentication method to use in the SSR docs: https://appwrite.io/docs/products/auth/server-side-rendering" } },
    { Release(1, 9, 0), u"project_id_missing", { 403, u"When using project API key, make sure to pass x-appwrite-project header with your project ID." } },
    { Release(1, 9, 5), u"mock_number_already_exists", { 409, u"Mock number with the requested number already exists. Try again with a different number. or update OTP of existing mock number." } },
    { Release(1, 9, 5), u"mock_number_not_found", { 404, u"Mock number with the requested number could not be found." } },
    { Release(1, 9, 5), u"mock_number_limit_exceeded", { 400, u"The maximum number of mock phones for this project has been reached." } },
    { Release(1, 9, 5), u"api_key_expired", { 401, u"The ephemeral API key has expired. Please don't use ephemeral API keys for more than duration of the execution." } },
};

const ErrorInfo *lookup(const QString &type, Release release)
{
    const ErrorInfo *found = nullptr;
    const auto it = catalogue().constFind(type);
    if (it != catalogue().constEnd())
        found = &*it;
    for (const ErrorChange &change : changes) {
        if (change.since <= release && type == QStringView(change.type))
            found = &change.info;
    }
    return found;
}

/// The codes Appwrite's error handler passes on (general.php); any other becomes 500 "Server Error". 413 is not in
/// Appwrite's list: it is what the web server in front of Appwrite answers for a body over its limit.
bool isPublicCode(int code, Release release)
{
    switch (code) {
    case 400: case 401: case 402: case 403: case 404: case 408: case 409: case 412: case 413: case 416: case 429:
    case 451: case 501: case 503:
        return true;
    case 422:
        return release >= Release(1, 8, 0);
    case 405:
        return release >= Release(1, 9, 5);
    default:
        return false;
    }
}

} // namespace

int errorCode(const QString &type, Release release)
{
    const ErrorInfo *info = lookup(type, release);
    return info ? info->code : 500;
}

QString errorMessage(const QString &type, Release release)
{
    const ErrorInfo *info = lookup(type, release);
    return QString::fromUtf16(info ? info->message : catalogue().value(u"general_unknown"_s).message);
}

HttpError::HttpError(const QString &type, const QString &message, int code)
    : m_code(code)
    , m_type(type)
    , m_message(message)
{
}

int HttpError::code(Release release) const
{
    return m_code ? m_code : errorCode(m_type, release);
}

QString HttpError::message(Release release) const
{
    return m_message.isEmpty() ? errorMessage(m_type, release) : m_message;
}

int HttpError::httpStatus(Release release) const
{
    const int c = code(release);
    return isPublicCode(c, release) ? c : 500;
}

QJsonObject HttpError::toJson(Release release) const
{
    const int c = code(release);
    const bool isPublic = isPublicCode(c, release);
    return QJsonObject{
        { u"message"_s, isPublic ? message(release) : u"Server Error"_s },
        { u"code"_s, isPublic ? c : 500 },
        { u"type"_s, m_type },
        { u"version"_s, release.toString() },
    };
}

HttpError HttpError::missingParam(const QString &name)
{
    return HttpError(u"general_argument_invalid"_s, u"Param \""_s + name + u"\" is not optional."_s);
}

HttpError HttpError::invalidParam(const QString &name, const QString &description)
{
    return HttpError(u"general_argument_invalid"_s, u"Invalid `"_s + name + u"` param: "_s + description);
}

} // namespace Userdesk::Server
