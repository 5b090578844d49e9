#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpus of fuzz_server_request (fuzz/corpus/fuzz_server_request/seed-*): real requests of the
app, the SDKs and the console in the target's input layout (see fuzz_server_request.cpp). Re-run after changing
the layout; regression inputs (regress-*) are kept as they are."""
import json
import pathlib
import urllib.parse

METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"]
AUTH = ["none", "project", "key", "alice-cookie", "console-root", "admin-mode", "alice-session-header",
        "alice-fallback-cookies"]
TYPES = ["none", "json", "form", "multipart"]


def q(obj):
    return urllib.parse.quote(json.dumps(obj, separators=(",", ":")), safe="")


def request(method, auth, ctype, path, query="", headers=(), body=""):
    flags = METHODS.index(method) | (AUTH.index(auth) << 3) | (TYPES.index(ctype) << 6)
    text = path + "\n" + query + "\n" + "".join(h + "\n" for h in headers) + "\n" + body
    return bytes([flags]) + text.encode()


J = lambda o: json.dumps(o, separators=(",", ":"))
SEEDS = {
    "health-version": request("GET", "none", "none", "/v1/health/version"),
    "users-list-key": request("GET", "key", "none", "/v1/users",
                              "queries[]=" + q({"method": "equal", "attribute": "emailVerification", "values": [False]})
                              + "&queries[]=" + q({"method": "orderDesc", "attribute": "$createdAt"})
                              + "&queries[]=" + q({"method": "limit", "values": [25]})
                              + "&queries[]=" + q({"method": "offset", "values": [25]}) + "&search=john"),
    "users-list-cursor": request("GET", "admin-mode", "none", "/v1/users",
                                 "queries%5B0%5D=" + q({"method": "cursorAfter", "values": ["alice"]})
                                 + "&queries%5B1%5D=" + q({"method": "limit", "values": [2]})),
    "users-list-search-phrase": request("GET", "key", "none", "/v1/users", "search=%22alice%20example%22"),
    "users-create": request("POST", "key", "json", "/v1/users", body=J(
        {"userId": "unique()", "email": "new@example.com", "phone": "+15555550123", "password": "password-123",
         "name": "New User"})),
    "users-create-form": request("POST", "key", "form", "/v1/users",
                                 body="userId=carol&email=carol%40example.com&name=Carol"),
    "users-create-bcrypt": request("POST", "key", "json", "/v1/users/bcrypt", body=J(
        {"userId": "hashed", "email": "h@example.com",
         "password": "$2y$10$e6QK/bBOb2/C6kNOrvO6y.l6YeMZ6K6bUFxkn3K1qP8Ln6fL3uXB2"})),
    "users-get": request("GET", "key", "none", "/v1/users/alice"),
    "users-update-status": request("PATCH", "key", "json", "/v1/users/bob/status", body=J({"status": False})),
    "users-update-labels": request("PUT", "key", "json", "/v1/users/alice/labels", body=J({"labels": ["vip", "beta"]})),
    "users-update-prefs": request("PATCH", "key", "json", "/v1/users/alice/prefs", body=J({"prefs": {"theme": "dark"}})),
    "users-update-password": request("PATCH", "key", "json", "/v1/users/bob/password", body=J({"password": "new-password-1"})),
    "users-list-sessions": request("GET", "key", "none", "/v1/users/alice/sessions"),
    "users-delete-session": request("DELETE", "key", "none", "/v1/users/alice/sessions/alicesession"),
    "users-create-session": request("POST", "key", "none", "/v1/users/bob/sessions"),
    "users-logs": request("GET", "key", "none", "/v1/users/alice/logs",
                          "queries[]=" + q({"method": "limit", "values": [5]})),
    "users-memberships": request("GET", "key", "none", "/v1/users/alice/memberships",
                                 "queries[]=" + q({"method": "offset", "values": [1]})),
    "users-targets": request("GET", "key", "none", "/v1/users/alice/targets"),
    "users-create-token": request("POST", "key", "json", "/v1/users/alice/tokens", body=J({"length": 6, "expire": 900})),
    "users-delete": request("DELETE", "key", "none", "/v1/users/bob"),
    "account-get-cookie": request("GET", "alice-cookie", "none", "/v1/account"),
    "account-get-session-header": request("GET", "alice-session-header", "none", "/v1/account"),
    "account-get-fallback": request("GET", "alice-fallback-cookies", "none", "/v1/account"),
    "account-create": request("POST", "project", "json", "/v1/account", body=J(
        {"userId": "unique()", "email": "dave@example.com", "password": "dave-password-1", "name": "Dave"})),
    "account-email-session": request("POST", "project", "json", "/v1/account/sessions/email",
                                     body=J({"email": "alice@example.com", "password": "alice-password-1"})),
    "account-anonymous": request("POST", "project", "none", "/v1/account/sessions/anonymous",
                                 headers=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/70.0.3538.77"]),
    "account-jwt": request("POST", "alice-cookie", "none", "/v1/account/jwts"),
    "account-sessions": request("GET", "alice-cookie", "none", "/v1/account/sessions/current"),
    "account-delete-session": request("DELETE", "alice-cookie", "none", "/v1/account/sessions/current"),
    "account-prefs": request("PATCH", "alice-cookie", "json", "/v1/account/prefs", body=J({"prefs": {"a": 1}})),
    "account-magic-url": request("POST", "project", "json", "/v1/account/tokens/magic-url",
                                 body=J({"userId": "unique()", "email": "m@example.com"})),
    "account-phone-token": request("POST", "project", "json", "/v1/account/tokens/phone",
                                   body=J({"userId": "unique()", "phone": "+15555550100"})),
    "account-recovery": request("POST", "project", "json", "/v1/account/recovery",
                                body=J({"email": "alice@example.com", "url": "http://localhost/recover"})),
    "console-projects": request("GET", "console-root", "none", "/v1/projects"),
    "console-project": request("GET", "console-root", "none", "/v1/projects/fuzz"),
    "console-project-create": request("POST", "console-root", "json", "/v1/projects",
                                      body=J({"projectId": "second", "name": "Second", "teamId": "fuzzteam"})),
    "console-auth-limit": request("PATCH", "console-root", "json", "/v1/projects/fuzz/auth/limit", body=J({"limit": 100})),
    "console-auth-status": request("PATCH", "console-root", "json", "/v1/projects/fuzz/auth/anonymous",
                                   body=J({"status": False})),
    "console-auth-duration": request("PATCH", "console-root", "json", "/v1/projects/fuzz/auth/duration",
                                     body=J({"duration": 3600})),
    "console-mock-numbers": request("PATCH", "console-root", "json", "/v1/projects/fuzz/auth/mock-numbers",
                                    body=J({"numbers": [{"phone": "+15555550100", "otp": "123456"}]})),
    "console-oauth2": request("PATCH", "console-root", "json", "/v1/projects/fuzz/oauth2",
                              body=J({"provider": "github", "appId": "id", "secret": "s", "enabled": True})),
    "console-keys": request("GET", "console-root", "none", "/v1/projects/fuzz/keys"),
    "console-key-create": request("POST", "console-root", "json", "/v1/projects/fuzz/keys",
                                  body=J({"name": "CI", "scopes": ["users.read"], "expire": "2030-01-01T00:00:00.000+00:00"})),
    "console-teams": request("GET", "console-root", "none", "/v1/teams", "search=fuzz"),
    "console-dynamic-key": request("POST", "console-root", "json", "/v1/projects/fuzz/jwts",
                                   body=J({"scopes": ["users.read"], "duration": 60})),
    "options-preflight": request("OPTIONS", "none", "none", "/v1/users",
                                 headers=["Origin: http://localhost:3000", "Access-Control-Request-Method: POST"]),
    "head-users": request("HEAD", "key", "none", "/v1/users"),
    "not-found": request("GET", "project", "none", "/v1/nothing/here"),
    "expired-key": request("GET", "project", "none", "/v1/users", headers=["X-Appwrite-Key: standard_expiredfuzzkey"]),
    "response-format": request("GET", "key", "none", "/v1/users/alice", headers=["X-Appwrite-Response-Format: 1.8.0"]),
    "project-get-format": request("GET", "key", "none", "/v1/project", headers=["X-Appwrite-Response-Format: 1.9.4"]),
    "project-policies": request("GET", "key", "none", "/v1/project/policies",
                                "queries%5B%5D=" + q({"method": "limit", "values": [2]}) + "&total=false"),
    "project-user-limit": request("PATCH", "key", "json", "/v1/project/policies/user-limit", body=J({"total": None})),
    "project-strength": request("PATCH", "key", "json", "/v1/project/policies/password-strength",
                                body=J({"min": 10, "symbols": True})),
    "project-legacy-limit": request("PATCH", "console-root", "json", "/v1/projects/fuzz/auth/limit",
                                    headers=["X-Appwrite-Response-Format: 1.8.0"], body=J({"limit": 0})),
    "project-mock-phone": request("POST", "key", "json", "/v1/project/mock-phones",
                                  body=J({"number": "+15550100123", "otp": "123456"})),
    "project-mock-phone-get": request("GET", "key", "none", "/v1/project/mock-phones/%2B15550100123"),
    "project-oauth2-github": request("PATCH", "key", "json", "/v1/project/oauth2/github",
                                     body=J({"clientId": "id", "clientSecret": "secret", "enabled": True})),
    "project-oauth2-oidc": request("PATCH", "key", "json", "/v1/project/oauth2/oidc",
                                   body=J({"wellKnownURL": "https://id.example.com/.well-known", "tokenUrl": ""})),
    "project-smtp": request("PATCH", "key", "json", "/v1/project/smtp",
                            body=J({"host": "mail.example.com", "port": 587, "senderEmail": "a@example.com"})),
    "project-template": request("PATCH", "key", "json", "/v1/project/templates/email",
                                body=J({"templateId": "recovery", "locale": "de", "subject": "s", "message": "m"})),
    "users-impersonator": request("PATCH", "key", "json", "/v1/users/alice/impersonator", body=J({"impersonator": True})),
    "account-impersonate": request("GET", "alice-cookie", "none", "/v1/account",
                                   headers=["X-Appwrite-Impersonate-User-Email: bob@example.com"]),
    "multipart": request("POST", "key", "multipart", "/v1/users", body=(
        "--fuzz\r\nContent-Disposition: form-data; name=\"userId\"\r\n\r\nmulti\r\n"
        "--fuzz\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nmulti@example.com\r\n--fuzz--\r\n")),
    "chunked": request("POST", "key", "json", "/v1/users", headers=["Transfer-Encoding: chunked"],
                       body='14\r\n{"userId":"chunky"}\r\n0\r\n\r\n'),
}

if __name__ == "__main__":
    out = pathlib.Path(__file__).resolve().parent / "corpus" / "fuzz_server_request"
    out.mkdir(parents=True, exist_ok=True)
    for name, data in SEEDS.items():
        (out / ("seed-" + name)).write_bytes(data)
    print(f"{len(SEEDS)} seeds in {out}")
