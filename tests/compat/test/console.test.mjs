// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// @appwrite.io/console (official console SDK, the one Appwrite's web console is built on), in Node with a
// localStorage shim: console sign-in, teams, projects, API keys and every project auth setting. Effects
// are then checked from the client side of the new project with node-appwrite (no key, or the new key).
import { sdkWarnings, localStorage } from '../lib/browser-shim.mjs'; // first: installs window.localStorage
import { Account, AuthMethod, Client, ID, OAuthProvider, Projects, Query, Scopes, Teams, Users } from '@appwrite.io/console';
import * as node from 'node-appwrite';
import { describe, it } from 'node:test';
import { DATETIME, assert, consoleEmail, consolePassword, endpoint, expectAppwriteError, expectNotAppwriteError, fromNow, hex,
    projectId as demoProjectId } from '../lib/env.mjs';
import { atLeast, missingScopePattern } from '../lib/release.mjs';

const consoleClient = new Client().setEndpoint(endpoint).setProject('console');
const account = new Account(consoleClient);
const teams = new Teams(consoleClient);
const projects = new Projects(consoleClient);
const run = hex(8);
const email = (local) => `${local}.${run}@example.com`;

// Shared state of the sequence below (each step relies on the console session and project created above it).
let team;
let project;
let key; // full-access key of the new project, created through the console SDK
const nodeClient = () => new node.Client().setEndpoint(endpoint).setProject(project.$id);
const keyUsers = () => new node.Users(nodeClient().setKey(key.secret));
const clientAccount = () => new node.Account(nodeClient());

const METHODS = [
    // [AuthMethod, project field, name in the 501 message]
    [AuthMethod.Emailpassword, 'authEmailPassword', 'Email / Password'],
    [AuthMethod.Magicurl, 'authUsersAuthMagicURL', 'Magic URL'],
    [AuthMethod.Emailotp, 'authEmailOtp', 'Email OTP'],
    [AuthMethod.Anonymous, 'authAnonymous', 'Anonymous'],
    [AuthMethod.Invites, 'authInvites', 'Invites'],
    [AuthMethod.Jwt, 'authJWT', 'JWT'],
    [AuthMethod.Phone, 'authPhone', 'Phone'],
];

describe('@appwrite.io/console: sign-in, teams, projects', () => {
    it('before sign-in the console answers 401 general_unauthorized_scope', async () => {
        await expectAppwriteError(projects.list(), { code: 401, type: 'general_unauthorized_scope' });
        await expectAppwriteError(account.get(), { code: 401, type: 'general_unauthorized_scope' });
        assert.equal(localStorage.getItem('cookieFallback'), null);
    });

    it('createEmailPasswordSession on project "console" stores the session in localStorage (X-Fallback-Cookies)', async () => {
        await expectAppwriteError(account.createEmailPasswordSession({ email: consoleEmail, password: 'wrong-password-1' }),
            { code: 401, type: 'user_invalid_credentials' });
        const session = await account.createEmailPasswordSession({ email: consoleEmail, password: consolePassword });
        assert.equal(session.provider, 'email');
        assert.equal(session.current, true);
        assert.equal(session.secret, '', 'the console is a client: no secret in the body');
        const fallback = JSON.parse(localStorage.getItem('cookieFallback'));
        assert.equal(typeof fallback.a_session_console, 'string');
        const cookie = JSON.parse(Buffer.from(fallback.a_session_console, 'base64').toString('utf8'));
        assert.equal(cookie.id, session.userId);
        assert.match(cookie.secret, /^[0-9a-f]{256}$/);
        assert.ok(sdkWarnings.some((w) => w.includes('localStorage')), 'the SDK reports the localStorage fallback');
        const me = await account.get();
        assert.equal(me.email, consoleEmail);
        assert.equal(me.$id, session.userId);
    });

    it('teams.list / teams.create', async () => {
        const before = await teams.list();
        assert.ok(before.total >= 1, 'the demo console account owns a team');
        team = await teams.create({ teamId: ID.unique(), name: `Compat ${run}` });
        assert.equal(team.name, `Compat ${run}`);
        assert.equal(team.total, 1, 'the creator is the only member');
        assert.match(team.$createdAt, DATETIME);
        const after = await teams.list();
        assert.equal(after.total, before.total + 1);
        assert.ok(after.teams.some((t) => t.$id === team.$id));
    });

    it('teams.list with search and queries (name, limit)', async () => {
        const found = await teams.list({ search: run });
        assert.deepEqual(found.teams.map((t) => t.$id), [team.$id], 'search');
        const named = await teams.list({ queries: [Query.equal('name', `Compat ${run}`)] });
        assert.deepEqual(named.teams.map((t) => t.$id), [team.$id], 'Query.equal("name")');
        const page = await teams.list({ queries: [Query.limit(1)] });
        assert.equal(page.teams.length, 1, 'Query.limit(1)');
        assert.ok(page.total >= 2, 'total ignores the limit');
    });

    it('projects.create returns a project with Appwrite\'s new-project defaults', async () => {
        project = await projects.create({ projectId: `compat-${run}`, name: `Compat ${run}`, teamId: team.$id, description: 'SDK compat' });
        assert.equal(project.$id, `compat-${run}`);
        assert.equal(project.name, `Compat ${run}`);
        assert.equal(project.teamId, team.$id);
        assert.equal(project.description, 'SDK compat');
        for (const [, field] of METHODS)
            assert.equal(project[field], true, `${field} defaults to true`);
        assert.equal(project.authLimit, 0);
        assert.equal(project.authDuration, 31536000);
        assert.equal(project.authSessionsLimit, atLeast('1.9.5') ? 0 : 10, '1.9.5: no session limit');
        assert.equal(project.authPasswordHistory, 0);
        assert.equal(project.authPasswordDictionary, false);
        assert.equal(project.authPersonalDataCheck, false);
        assert.equal(project.authSessionAlerts, false);
        assert.deepEqual(project.authMockNumbers, []);
        assert.equal(project.authMembershipsUserName, false);
        assert.equal(project.authMembershipsUserEmail, false);
        assert.equal(project.authMembershipsMfa, false);
        assert.ok(Array.isArray(project.oAuthProviders) && project.oAuthProviders.length >= 39, 'one oAuthProvider per provider');
        const github = project.oAuthProviders.find((p) => p.key === 'github');
        assert.deepEqual(github, { key: 'github', name: 'GitHub', appId: '', secret: '', enabled: false });
        assert.deepEqual(project.keys, []);
        assert.deepEqual(project.platforms, []);
        await expectAppwriteError(projects.create({ projectId: project.$id, name: 'Again', teamId: team.$id }),
            { code: 409, type: 'project_already_exists' });
        await expectAppwriteError(projects.create({ projectId: 'console', name: 'Console', teamId: team.$id }),
            { code: 400, type: 'project_reserved_project' });
        await expectAppwriteError(projects.create({ projectId: 'Bad_ID', name: 'Bad', teamId: team.$id }),
            { code: 400, type: 'general_argument_invalid' });
    });

    it('projects.list / projects.get', async () => {
        const all = await projects.list();
        assert.ok(all.projects.some((p) => p.$id === project.$id));
        assert.ok(all.projects.some((p) => p.$id === demoProjectId));
        const mine = await projects.list({ queries: [Query.equal('teamId', team.$id)] });
        assert.equal(mine.total, 1);
        assert.deepEqual(mine.projects.map((p) => p.$id), [project.$id]);
        const searched = await projects.list({ search: `Compat ${run}` });
        assert.ok(searched.projects.some((p) => p.$id === project.$id));
        const got = await projects.get({ projectId: project.$id });
        assert.equal(got.$id, project.$id);
        assert.equal(got.teamId, team.$id);
        await expectAppwriteError(projects.get({ projectId: `missing-${run}` }), { code: 404, type: 'project_not_found' });
    });

    it('the console session also works in admin mode on a project\'s Users API (setMode("admin"))', async () => {
        const adminUsers = new Users(new Client().setEndpoint(endpoint).setProject(demoProjectId).setMode('admin'));
        const list = await adminUsers.list({ queries: [Query.limit(3)] });
        assert.ok(list.total >= 20);
        assert.equal(list.users.length, 3);
        const created = await adminUsers.create({ userId: ID.unique(), email: email('by-console'), name: 'By Console' });
        assert.equal(created.email, email('by-console'));
        assert.equal((await adminUsers.updateStatus({ userId: created.$id, status: false })).status, false);
        await adminUsers.delete({ userId: created.$id });
        await expectAppwriteError(adminUsers.get({ userId: created.$id }), { code: 404, type: 'user_not_found' });
    });
});

describe('@appwrite.io/console: API keys', () => {
    it('createKey / listKeys / getKey with scopes and expiry; the key works from node-appwrite', async () => {
        const expire = new Date(Date.now() + 30 * 86400_000);
        key = await projects.createKey({ projectId: project.$id, name: 'Compat full',
            scopes: [Scopes.UsersRead, Scopes.UsersWrite, Scopes.SessionsWrite], expire: expire.toISOString() });
        assert.equal(key.name, 'Compat full');
        assert.deepEqual(key.scopes, ['users.read', 'users.write', 'sessions.write']);
        assert.match(key.secret, /^standard_[0-9a-f]{256}$/);
        assert.match(key.expire, DATETIME);
        assert.equal(Date.parse(key.expire), expire.getTime());
        assert.equal(key.accessedAt, '');
        assert.deepEqual(key.sdks, []);

        const list = await projects.listKeys({ projectId: project.$id });
        assert.equal(list.total, 1);
        assert.equal(list.keys[0].$id, key.$id);
        assert.equal(list.keys[0].secret, key.secret);
        const got = await projects.getKey({ projectId: project.$id, keyId: key.$id });
        assert.equal(got.secret, key.secret);
        assert.deepEqual((await projects.get({ projectId: project.$id })).keys.map((k) => k.$id), [key.$id]);

        const created = await keyUsers().create({ userId: ID.unique(), email: email('bykey'), password: 'key-created-1' });
        assert.equal((await keyUsers().list()).total, 1);
        assert.equal(created.email, email('bykey'));
        const used = await projects.getKey({ projectId: project.$id, keyId: key.$id });
        assert.match(used.accessedAt, DATETIME, 'accessedAt is set on first use');
        assert.ok(used.sdks.map((s) => s.toLowerCase()).includes('node.js'), `sdks records node-appwrite (${used.sdks})`);
    });

    it('updateKey replaces name, scopes and expiry; a read-only key cannot write', async () => {
        const ro = await projects.createKey({ projectId: project.$id, name: 'Read only', scopes: [Scopes.UsersRead] });
        assert.equal(ro.expire, '', 'no expiry given: never expires');
        const roUsers = new node.Users(nodeClient().setKey(ro.secret));
        assert.equal(typeof (await roUsers.list()).total, 'number');
        await expectAppwriteError(roUsers.create({ userId: ID.unique() }), { code: 401, type: 'general_unauthorized_scope',
            message: missingScopePattern('users.write') });

        const updated = await projects.updateKey({ projectId: project.$id, keyId: ro.$id, name: 'Now writes',
            scopes: [Scopes.UsersRead, Scopes.UsersWrite], expire: new Date(Date.now() + 3600_000).toISOString() });
        assert.equal(updated.name, 'Now writes');
        assert.deepEqual(updated.scopes, ['users.read', 'users.write']);
        assert.ok(fromNow(updated.expire) > 3500_000);
        assert.equal(updated.secret, ro.secret, 'the secret is kept');
        await roUsers.create({ userId: ID.unique() });

        const cleared = await projects.updateKey({ projectId: project.$id, keyId: ro.$id, name: 'Now writes', scopes: [Scopes.UsersRead] });
        assert.equal(cleared.expire, '', 'omitted expire resets to never');
        await expectAppwriteError(roUsers.create({ userId: ID.unique() }), { code: 401, type: 'general_unauthorized_scope' });
    });

    it('an expired key answers 401 project_key_expired; bad scopes 400; deleteKey then 404 key_not_found', async () => {
        const old = await projects.createKey({ projectId: project.$id, name: 'Expired', scopes: [Scopes.UsersRead],
            expire: new Date(Date.now() - 86400_000).toISOString() });
        await expectAppwriteError(new node.Users(nodeClient().setKey(old.secret)).list(), { code: 401, type: 'project_key_expired' });
        await expectAppwriteError(projects.createKey({ projectId: project.$id, name: 'Bad', scopes: ['account'] }),
            { code: 400, type: 'general_argument_invalid' });
        await expectAppwriteError(projects.createKey({ projectId: project.$id, name: 'Bad', scopes: ['projects.write'] }),
            { code: 400, type: 'general_argument_invalid' });
        await projects.deleteKey({ projectId: project.$id, keyId: old.$id });
        await expectAppwriteError(projects.getKey({ projectId: project.$id, keyId: old.$id }), { code: 404, type: 'key_not_found' });
        await expectAppwriteError(projects.deleteKey({ projectId: project.$id, keyId: old.$id }), { code: 404, type: 'key_not_found' });
        await expectAppwriteError(new node.Users(nodeClient().setKey(old.secret)).list(), { code: 401, type: 'user_unauthorized' });
        assert.ok(!(await projects.listKeys({ projectId: project.$id })).keys.some((k) => k.$id === old.$id));
    });
});

describe('@appwrite.io/console: auth methods (updateAuthStatus) and their client-side effect', () => {
    let member; // a user of the new project with a session (for JWT and invites)
    const password = 'method-user-pass-1';
    const memberClient = () => nodeClient().setSession(member.secret);

    // One client-side call per method, as an app would make it (node-appwrite, no API key).
    const probes = {
        [AuthMethod.Emailpassword]: () => clientAccount().createEmailPasswordSession({ email: member.email, password }),
        [AuthMethod.Magicurl]: () => clientAccount().createMagicURLToken({ userId: ID.unique(), email: email(`magic${hex(4)}`) }),
        [AuthMethod.Emailotp]: () => clientAccount().createEmailToken({ userId: ID.unique(), email: email(`otp${hex(4)}`) }),
        [AuthMethod.Anonymous]: () => clientAccount().createAnonymousSession(),
        [AuthMethod.Invites]: () => new node.Teams(memberClient()).createMembership({ teamId: `noteam${run}`, roles: ['member'],
            email: email('invitee') }),
        [AuthMethod.Jwt]: () => new node.Account(memberClient()).createJWT(),
        [AuthMethod.Phone]: () => clientAccount().createPhoneToken({ userId: ID.unique(), phone: '+15550001234' }),
    };

    it('setup: a project user with a session', async () => {
        const user = await keyUsers().create({ userId: ID.unique(), email: email('member'), password });
        const session = await keyUsers().createSession({ userId: user.$id });
        member = { ...user, secret: session.secret };
        assert.ok(member.secret);
    });

    for (const [method, field, name] of METHODS) {
        it(`${method}: disabled answers 501 user_auth_method_unsupported; enabled again it is accepted`, async () => {
            const disabled = await projects.updateAuthStatus({ projectId: project.$id, method, status: false });
            try {
                assert.equal(disabled[field], false);
                for (const [, other] of METHODS.filter(([m]) => m !== method))
                    assert.equal(disabled[other], true, `${other} untouched`);
                assert.equal((await projects.get({ projectId: project.$id }))[field], false);
                await expectAppwriteError(probes[method](), { code: 501, type: 'user_auth_method_unsupported',
                    message: `${name} authentication is disabled for this project` });
                if (method === AuthMethod.Emailpassword) {
                    await expectAppwriteError(clientAccount().create({ userId: ID.unique(), email: email('signup-off'), password }),
                        { code: 501, type: 'user_auth_method_unsupported' });
                    const viaKey = await new node.Account(nodeClient().setKey(key.secret)).createEmailPasswordSession({ email: member.email, password });
                    assert.equal(viaKey.userId, member.$id, 'API keys bypass the toggle');
                }
            } finally {
                const enabled = await projects.updateAuthStatus({ projectId: project.$id, method, status: true });
                assert.equal(enabled[field], true);
            }
            await expectNotAppwriteError(probes[method](), 'user_auth_method_unsupported', 'general_route_not_found');
        });
    }

    it('an unknown method answers 400 general_argument_invalid', async () => {
        await expectAppwriteError(projects.updateAuthStatus({ projectId: project.$id, method: 'carrier-pigeon', status: false }),
            { code: 400, type: 'general_argument_invalid' });
    });
});

describe('@appwrite.io/console: auth limits and policies', () => {
    it('updateAuthLimit: sign-ups beyond the limit answer 400 user_count_exceeded (keys are not limited)', async () => {
        const count = (await keyUsers().list()).total;
        const limited = await projects.updateAuthLimit({ projectId: project.$id, limit: count });
        assert.equal(limited.authLimit, count);
        await expectAppwriteError(clientAccount().create({ userId: ID.unique(), email: email('over-limit'), password: 'over-limit-pass' }),
            { code: 400, type: 'user_count_exceeded' });
        await expectAppwriteError(clientAccount().createAnonymousSession(), { code: 400, type: 'user_count_exceeded' });
        await keyUsers().create({ userId: ID.unique() });
        assert.equal((await projects.updateAuthLimit({ projectId: project.$id, limit: 0 })).authLimit, 0);
        await clientAccount().create({ userId: ID.unique(), email: email('under-limit'), password: 'under-limit-pass' });
        await expectAppwriteError(projects.updateAuthLimit({ projectId: project.$id, limit: 10001 }), { code: 400, type: 'general_argument_invalid' });
    });

    it('updateAuthDuration: new sessions expire after the configured length', async () => {
        assert.equal((await projects.updateAuthDuration({ projectId: project.$id, duration: 3600 })).authDuration, 3600);
        const user = await keyUsers().create({ userId: ID.unique(), email: email('duration'), password: 'duration-pass-1' });
        const session = await keyUsers().createSession({ userId: user.$id });
        const lifetime = fromNow(session.expire);
        assert.ok(lifetime > 3500_000 && lifetime <= 3601_000, `session expires in ~1 h (got ${lifetime} ms)`);
        const login = await clientAccount().createEmailPasswordSession({ email: user.email, password: 'duration-pass-1' });
        assert.ok(fromNow(login.expire) <= 3601_000);
        assert.equal((await projects.updateAuthDuration({ projectId: project.$id, duration: 31536000 })).authDuration, 31536000);
        await expectAppwriteError(projects.updateAuthDuration({ projectId: project.$id, duration: 31536001 }),
            { code: 400, type: 'general_argument_invalid' });
    });

    it('updateAuthSessionsLimit: the oldest sessions beyond the limit are deleted', async () => {
        assert.equal((await projects.updateAuthSessionsLimit({ projectId: project.$id, limit: 2 })).authSessionsLimit, 2);
        const user = await keyUsers().create({ userId: ID.unique(), email: email('maxsessions'), password: 'max-sessions-1' });
        const logins = [];
        for (let i = 0; i < 3; i++)
            logins.push(await clientAccount().createEmailPasswordSession({ email: user.email, password: 'max-sessions-1' }));
        const left = await keyUsers().listSessions({ userId: user.$id });
        assert.equal(left.total, 2);
        assert.deepEqual(left.sessions.map((s) => s.$id).sort(), [logins[1].$id, logins[2].$id].sort(), 'the oldest session went');
        assert.equal((await projects.updateAuthSessionsLimit({ projectId: project.$id, limit: 10 })).authSessionsLimit, 10);
        if (atLeast('1.9.5')) // an alias of updateSessionLimitPolicy: the legacy 0 becomes null, no limit
            assert.equal((await projects.updateAuthSessionsLimit({ projectId: project.$id, limit: 0 })).authSessionsLimit, 0);
        else
            await expectAppwriteError(projects.updateAuthSessionsLimit({ projectId: project.$id, limit: 0 }),
                { code: 400, type: 'general_argument_invalid' });
    });

    it('updateAuthPasswordHistory: reusing a recent password answers 400 password_recently_used', async () => {
        assert.equal((await projects.updateAuthPasswordHistory({ projectId: project.$id, limit: 3 })).authPasswordHistory, 3);
        const user = await keyUsers().create({ userId: ID.unique(), email: email('history'), password: 'history-pass-0' });
        await keyUsers().updatePassword({ userId: user.$id, password: 'history-pass-1' });
        await expectAppwriteError(keyUsers().updatePassword({ userId: user.$id, password: 'history-pass-1' }),
            { code: 400, type: 'password_recently_used' });
        assert.equal((await projects.updateAuthPasswordHistory({ projectId: project.$id, limit: 0 })).authPasswordHistory, 0);
        await keyUsers().updatePassword({ userId: user.$id, password: 'history-pass-1' });
        // 1.9.5 allows up to 5,000 remembered passwords (was 20).
        const tooMany = atLeast('1.9.5') ? 5001 : 21;
        await expectAppwriteError(projects.updateAuthPasswordHistory({ projectId: project.$id, limit: tooMany }),
            { code: 400, type: 'general_argument_invalid' });
    });

    it('updateAuthPasswordDictionary: common passwords answer 400 general_argument_invalid', async () => {
        assert.equal((await projects.updateAuthPasswordDictionary({ projectId: project.$id, enabled: true })).authPasswordDictionary, true);
        await expectAppwriteError(keyUsers().create({ userId: ID.unique(), email: email('dict'), password: 'password' }),
            { code: 400, type: 'general_argument_invalid' });
        await expectAppwriteError(clientAccount().create({ userId: ID.unique(), email: email('dict2'), password: '12345678' }),
            { code: 400, type: 'general_argument_invalid' });
        assert.equal((await projects.updateAuthPasswordDictionary({ projectId: project.$id, enabled: false })).authPasswordDictionary, false);
        await keyUsers().create({ userId: ID.unique(), email: email('dict3'), password: 'password' });
    });

    it('updatePersonalDataCheck: passwords containing personal data answer 400 password_personal_data', async () => {
        assert.equal((await projects.updatePersonalDataCheck({ projectId: project.$id, enabled: true })).authPersonalDataCheck, true);
        await expectAppwriteError(keyUsers().create({ userId: ID.unique(), email: `zebrafish${run}@example.com`, password: `zebrafish${run}-pw`,
            name: 'Zebra Fish' }), { code: 400, type: 'password_personal_data' });
        await expectAppwriteError(clientAccount().create({ userId: ID.unique(), email: email('personal'), password: 'Quintessa Vale 1',
            name: 'Quintessa Vale' }), { code: 400, type: 'password_personal_data' });
        assert.equal((await projects.updatePersonalDataCheck({ projectId: project.$id, enabled: false })).authPersonalDataCheck, false);
        await keyUsers().create({ userId: ID.unique(), email: `zebrafish${run}@example.com`, password: `zebrafish${run}-pw` });
    });

    it('updateSessionAlerts / updateMembershipsPrivacy', async () => {
        assert.equal((await projects.updateSessionAlerts({ projectId: project.$id, alerts: true })).authSessionAlerts, true);
        assert.equal((await projects.updateSessionAlerts({ projectId: project.$id, alerts: false })).authSessionAlerts, false);
        const privacy = await projects.updateMembershipsPrivacy({ projectId: project.$id, userName: true, userEmail: false, mfa: true });
        assert.equal(privacy.authMembershipsUserName, true);
        assert.equal(privacy.authMembershipsUserEmail, false);
        assert.equal(privacy.authMembershipsMfa, true);
        const got = await projects.get({ projectId: project.$id });
        assert.equal(got.authMembershipsUserName, true);
        assert.equal(got.authMembershipsMfa, true);
    });

    it('updateMockNumbers: a mock number signs in with its fixed OTP', async () => {
        const numbers = [{ phone: '+15555550100', otp: '123456' }, { phone: '+15555550101', otp: '654321' }];
        const updated = await projects.updateMockNumbers({ projectId: project.$id, numbers });
        assert.deepEqual(updated.authMockNumbers, numbers);
        const token = await clientAccount().createPhoneToken({ userId: ID.unique(), phone: '+15555550100' });
        assert.equal(token.secret, '', 'client callers never see the token secret');
        const session = await clientAccount().createSession({ userId: token.userId, secret: '123456' });
        assert.equal(session.userId, token.userId);
        assert.equal(session.provider, 'phone');
        const user = await keyUsers().get({ userId: token.userId });
        assert.equal(user.phone, '+15555550100');
        assert.equal(user.phoneVerification, true);
        await expectAppwriteError(projects.updateMockNumbers({ projectId: project.$id, numbers: [numbers[0], numbers[0]] }),
            { code: 400, type: 'general_bad_request' });
        await expectAppwriteError(projects.updateMockNumbers({ projectId: project.$id, numbers: [{ phone: '+15555550100', otp: '12' }] }),
            { code: 400, type: 'general_argument_invalid' });
        assert.deepEqual((await projects.updateMockNumbers({ projectId: project.$id, numbers: [] })).authMockNumbers, []);
    });

    it('updateSessionInvalidation: a password change signs out the other sessions (1.8.0+)', async () => {
        if (!atLeast('1.8.0')) {
            // Before 1.8.0 the path is taken by auth/:method, whose whitelist has no such method.
            await expectAppwriteError(projects.updateSessionInvalidation({ projectId: project.$id, enabled: true }),
                { code: 400, type: 'general_argument_invalid', message: /^Invalid `method` param: Value must be one of/ });
            assert.equal('authInvalidateSessions' in (await projects.get({ projectId: project.$id })), false);
            return;
        }
        assert.equal((await projects.get({ projectId: project.$id })).authInvalidateSessions, true, 'on for a new project');
        const on = await projects.updateSessionInvalidation({ projectId: project.$id, enabled: true });
        assert.equal(on.authInvalidateSessions, true);
        const user = await keyUsers().create({ userId: ID.unique(), email: email('invalidate'), password: 'invalidate-pass-1' });
        const keyAccount = new node.Account(nodeClient().setKey(key.secret));
        const a = (await keyAccount.createEmailPasswordSession({ email: user.email, password: 'invalidate-pass-1' })).secret;
        const b = (await keyAccount.createEmailPasswordSession({ email: user.email, password: 'invalidate-pass-1' })).secret;
        await new node.Account(nodeClient().setSession(a)).updatePassword({ password: 'invalidate-pass-2', oldPassword: 'invalidate-pass-1' });
        assert.equal((await new node.Account(nodeClient().setSession(a)).get()).$id, user.$id, 'the current session stays');
        await expectAppwriteError(new node.Account(nodeClient().setSession(b)).get(), { code: 401, type: 'general_unauthorized_scope' });
        const off = await projects.updateSessionInvalidation({ projectId: project.$id, enabled: false });
        assert.equal(off.authInvalidateSessions, false);
    });

    it('updateOAuth2 writes only the given fields of a provider', async () => {
        // From 1.9.5 the older Project model is rebuilt for this SDK's format (V26), with every secret blank.
        const secret = atLeast('1.9.5') ? '' : 'gh-secret';
        const updated = await projects.updateOAuth2({ projectId: project.$id, provider: OAuthProvider.Github, appId: 'gh-app-id',
            secret: 'gh-secret', enabled: true });
        assert.deepEqual(updated.oAuthProviders.find((p) => p.key === 'github'),
            { key: 'github', name: 'GitHub', appId: 'gh-app-id', secret, enabled: true });
        const disabled = await projects.updateOAuth2({ projectId: project.$id, provider: OAuthProvider.Github, enabled: false });
        assert.deepEqual(disabled.oAuthProviders.find((p) => p.key === 'github'),
            { key: 'github', name: 'GitHub', appId: 'gh-app-id', secret, enabled: false });
        await expectAppwriteError(projects.updateOAuth2({ projectId: project.$id, provider: 'myspace', enabled: true }),
            { code: 400, type: 'general_argument_invalid' });
    });

    it('write routes on an unknown project answer 401 general_unauthorized_scope (404 project_not_found from 1.9.5)', async () => {
        // 1.9.5 made the path an alias of the project API, whose project is the path's.
        const expected = atLeast('1.9.5') ? { code: 404, type: 'project_not_found' } : { code: 401, type: 'general_unauthorized_scope' };
        await expectAppwriteError(projects.updateAuthLimit({ projectId: `missing-${run}`, limit: 5 }), expected);
    });
});

describe('@appwrite.io/console: sign-out', () => {
    it('deleteSession("current") clears the fallback cookie; the console is a guest again', async () => {
        await account.deleteSession({ sessionId: 'current' });
        assert.deepEqual(JSON.parse(localStorage.getItem('cookieFallback')), [], 'X-Fallback-Cookies: [] replaces the stored session');
        await expectAppwriteError(account.get(), { code: 401, type: 'general_unauthorized_scope' });
        await expectAppwriteError(projects.get({ projectId: project.$id }), { code: 401, type: 'general_unauthorized_scope' });
    });
});
