// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Appwrite release the server under test answers as (launcher.mjs --release, default 1.7.5), so that one test
// file states what each release answers instead of being copied per release.

/** "1.8.1" */
export const release = process.env.COMPAT_RELEASE || '1.7.5';

const parts = (v) => v.split('.').map(Number);

/** Whether the server's release is `version` or later ("1.8.0"). */
export function atLeast(version) {
    const [a, b] = [parts(release), parts(version)];
    for (let i = 0; i < 3; i++) {
        if (a[i] !== b[i])
            return a[i] > b[i];
    }
    return true;
}

/**
 * The text after the role in a general_unauthorized_scope message for a route of `scope`: "missing scope (account)"
 * before 1.8.0, then "missing scopes (["account"])".
 */
export function missingScope(scope) {
    return atLeast('1.8.0') ? `missing scopes (${JSON.stringify([scope])})` : `missing scope (${scope})`;
}

/** A RegExp for missingScope(scope) anywhere in a message. */
export function missingScopePattern(scope) {
    return new RegExp(missingScope(scope).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}
