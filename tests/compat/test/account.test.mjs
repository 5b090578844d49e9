// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// node-appwrite (official server SDK) — Account API on behalf of a user, the server-side-rendering way:
// a session secret from users.createSession or from account.createEmailPasswordSession with an API key,
// then client.setSession(secret); and a JWT from account.createJWT, then client.setJWT(jwt).
import { before, describe, it } from 'node:test';
import { Account, Client, ID, Query, Users } from 'node-appwrite';
import { DATETIME, apiKey, assert, endpoint, expectAppwriteError, fromNow, hex, projectId } from '../lib/env.mjs';
import { atLeast, missingScope } from '../lib/release.mjs';

const admin = () => new Client().setEndpoint(endpoint).setProject(projectId).setKey(apiKey);
const guest = () => new Client().setEndpoint(endpoint).setProject(projectId);
const withSession = (secret) => guest().setSession(secret);
const users = new Users(admin());
const run = hex(10);
const email = (local) => `${local}.${run}@example.com`;

function assertAccountModel(account) {
    assert.match(account.$id, /^[A-Za-z0-9][A-Za-z0-9._-]{0,35}$/);
    assert.match(account.registration, DATETIME);
    for (const key of ['name', 'email', 'phone', 'passwordUpdate', 'accessedAt'])
        assert.equal(typeof account[key], 'string', `account.${key} is a string`);
    for (const key of ['status', 'emailVerification', 'phoneVerification', 'mfa'])
        assert.equal(typeof account[key], 'boolean', `account.${key} is a boolean`);
    for (const key of ['password', 'hash', 'hashOptions'])
        assert.equal(account[key], undefined, `the Account model has no ${key}`);
}

describe('node-appwrite Account through setSession(users.createSession().secret)', () => {
    let user;
    let secret;
    let account;
    before(async () => {
        user = await users.create({ userId: ID.unique(), email: email('ssr'), password: 'ssr-password-1', name: 'Server Side' });
        secret = (await users.createSession({ userId: user.$id })).secret;
        account = new Account(withSession(secret));
    });

    it('account.get returns the signed-in user as an Account model', async () => {
        const me = await account.get();
        assertAccountModel(me);
        assert.equal(me.$id, user.$id);
        assert.equal(me.email, user.email);
        assert.equal(me.name, 'Server Side');
    });

    it('updateName / updatePrefs (returns the whole account) / getPrefs', async () => {
        const renamed = await account.updateName({ name: 'Renamed Through Session' });
        assertAccountModel(renamed);
        assert.equal(renamed.name, 'Renamed Through Session');
        const prefs = { language: 'de', notifications: { email: false } };
        const updated = await account.updatePrefs({ prefs });
        assert.equal(updated.$id, user.$id, 'updatePrefs returns the account');
        assert.deepEqual(updated.prefs, prefs);
        assert.deepEqual(await account.getPrefs(), prefs);
        assert.deepEqual((await users.get({ userId: user.$id })).prefs, prefs, 'visible through the Users API');
        await expectAppwriteError(account.updateName({ name: 'x'.repeat(129) }), { code: 400, type: 'general_argument_invalid' });
    });

    it('listSessions marks the caller\'s session current and blanks secrets', async () => {
        const list = await account.listSessions();
        assert.equal(list.total, 1);
        const [session] = list.sessions;
        assert.equal(session.userId, user.$id);
        assert.equal(session.current, true);
        assert.equal(session.secret, '');
        assert.equal(session.provider, 'server');
        const current = await account.getSession({ sessionId: 'current' });
        assert.equal(current.$id, session.$id);
        assert.equal(current.current, true);
    });

    it('createJWT, then setJWT: the JWT acts as the user until its session is deleted', async () => {
        const { jwt } = await account.createJWT();
        assert.match(jwt, /^[\w-]+\.[\w-]+\.[\w-]+$/);
        const viaJwt = new Account(guest().setJWT(jwt));
        assert.equal((await viaJwt.get()).$id, user.$id);
        assert.equal((await viaJwt.updateName({ name: 'Set By JWT' })).name, 'Set By JWT');
        await expectAppwriteError(viaJwt.createJWT(), { code: 404, type: 'user_session_not_found' });
        await expectAppwriteError(viaJwt.getSession({ sessionId: 'current' }), { code: 404, type: 'user_session_not_found' });
    });

    it('listLogs shows the account\'s own audit trail', async () => {
        const logs = await account.listLogs({ queries: [Query.limit(5)] });
        assert.equal(typeof logs.total, 'number');
        assert.ok(logs.logs.length >= 1);
        assert.ok(logs.logs.length <= 5);
        assert.ok(logs.logs.every((l) => l.userId === user.$id));
    });

    it('deleteSession("current") signs out: the secret and the JWT no longer work', async () => {
        const { jwt } = await account.createJWT();
        await account.deleteSession({ sessionId: 'current' });
        await expectAppwriteError(account.get(), { code: 401, type: 'general_unauthorized_scope',
            message: `User (role: guests) ${missingScope('account')}` });
        await expectAppwriteError(new Account(guest().setJWT(jwt)).get(), { code: 401, type: 'general_unauthorized_scope' });
        assert.equal((await users.listSessions({ userId: user.$id })).total, 0);
    });
});

describe('node-appwrite Account through sign-in', () => {
    let user;
    const password = 'sign-in-pass-42';
    before(async () => {
        user = await users.create({ userId: ID.unique(), email: email('signin'), password, name: 'Sign In' });
    });

    it('with an API key, createEmailPasswordSession returns the session secret (SSR login)', async () => {
        const session = await new Account(admin()).createEmailPasswordSession({ email: user.email, password });
        assert.equal(session.userId, user.$id);
        assert.equal(session.provider, 'email');
        assert.equal(session.providerUid, user.email);
        assert.deepEqual(session.factors, ['password']);
        assert.equal(session.current, true);
        assert.match(session.expire, DATETIME);
        assert.ok(fromNow(session.expire) > 364 * 86400_000, 'default session length is one year');
        assert.ok(session.secret.length > 0, 'secret visible to API-key callers');
        const cookie = JSON.parse(Buffer.from(session.secret, 'base64').toString('utf8'));
        assert.equal(cookie.id, user.$id);
        assert.match(cookie.secret, /^[0-9a-f]{256}$/);

        const account = new Account(withSession(session.secret));
        const me = await account.get();
        assertAccountModel(me);
        assert.equal(me.$id, user.$id);
        assert.equal((await account.updateName({ name: 'Signed In' })).name, 'Signed In');
        const { jwt } = await account.createJWT();
        assert.equal((await new Account(guest().setJWT(jwt)).get()).name, 'Signed In');
        await account.deleteSession({ sessionId: 'current' });
        await expectAppwriteError(account.get(), { code: 401, type: 'general_unauthorized_scope' });
    });

    it('without a key, the session secret is blank (client callers never see it)', async () => {
        const session = await new Account(guest()).createEmailPasswordSession({ email: user.email.toUpperCase(), password });
        assert.equal(session.userId, user.$id);
        assert.equal(session.secret, '');
        assert.equal(session.current, true);
    });

    it('wrong credentials answer 401 user_invalid_credentials; a short password 400', async () => {
        await expectAppwriteError(new Account(guest()).createEmailPasswordSession({ email: user.email, password: 'wrong-password' }),
            { code: 401, type: 'user_invalid_credentials' });
        await expectAppwriteError(new Account(guest()).createEmailPasswordSession({ email: email('nobody'), password: 'whatever-123' }),
            { code: 401, type: 'user_invalid_credentials' });
        await expectAppwriteError(new Account(guest()).createEmailPasswordSession({ email: user.email, password: 'short' }),
            { code: 400, type: 'general_argument_invalid' });
    });

    it('creating a session while signed in answers 401 user_session_already_exists', async () => {
        const { secret } = await new Account(admin()).createEmailPasswordSession({ email: user.email, password });
        await expectAppwriteError(new Account(withSession(secret)).createEmailPasswordSession({ email: user.email, password }),
            { code: 401, type: 'user_session_already_exists' });
    });

    it('a blocked user\'s session answers user_blocked (401, 403 from 1.9.0)', async () => {
        const { secret } = await new Account(admin()).createEmailPasswordSession({ email: user.email, password });
        await users.updateStatus({ userId: user.$id, status: false });
        try {
            await expectAppwriteError(new Account(withSession(secret)).get(), { code: atLeast('1.9.0') ? 403 : 401, type: 'user_blocked' });
        } finally {
            await users.updateStatus({ userId: user.$id, status: true });
        }
        assert.equal((await new Account(withSession(secret)).get()).$id, user.$id, 'unblocking revives the session');
    });

    it('deleteSessions signs out everywhere', async () => {
        const a = (await new Account(admin()).createEmailPasswordSession({ email: user.email, password })).secret;
        const b = (await new Account(admin()).createEmailPasswordSession({ email: user.email, password })).secret;
        const list = await new Account(withSession(a)).listSessions();
        assert.ok(list.total >= 2);
        assert.equal(list.sessions.filter((s) => s.current).length, 1, 'exactly one current session');
        const other = list.sessions.find((s) => !s.current);
        assert.equal((await new Account(withSession(a)).getSession({ sessionId: other.$id })).current, false);
        await new Account(withSession(a)).deleteSessions();
        await expectAppwriteError(new Account(withSession(a)).get(), { code: 401, type: 'general_unauthorized_scope' });
        await expectAppwriteError(new Account(withSession(b)).get(), { code: 401, type: 'general_unauthorized_scope' });
        assert.equal((await users.listSessions({ userId: user.$id })).total, 0);
    });

    it('updateEmail / updatePhone need the current password; taken values answer 409 user_target_already_exists', async () => {
        const { secret } = await new Account(admin()).createEmailPasswordSession({ email: user.email, password });
        const account = new Account(withSession(secret));
        await expectAppwriteError(account.updateEmail({ email: email('moved'), password: 'wrong-password-9' }),
            { code: 401, type: 'user_invalid_credentials' });
        const moved = await account.updateEmail({ email: email('Moved'), password });
        assert.equal(moved.email, email('moved'));
        assert.equal(moved.emailVerification, false);
        user = { ...user, email: moved.email };
        const number = `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
        const phoned = await account.updatePhone({ phone: number, password });
        assert.equal(phoned.phone, number);
        assert.equal(phoned.phoneVerification, false);
        const other = await users.create({ userId: ID.unique(), email: email('other'),
            phone: `+1556${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}` });
        await expectAppwriteError(account.updateEmail({ email: other.email, password }), { code: 409, type: 'user_target_already_exists' });
        await expectAppwriteError(account.updatePhone({ phone: other.phone, password }), { code: 409, type: 'user_target_already_exists' });
        await expectAppwriteError(account.updatePhone({ phone: '12345', password }), { code: 400, type: 'general_argument_invalid' });
        await expectAppwriteError(account.getSession({ sessionId: `nosuch${run}` }), { code: 404, type: 'user_session_not_found' });
        await account.deleteSession({ sessionId: 'current' });
    });

    it('updatePassword needs the old password; the new one signs in', async () => {
        const { secret } = await new Account(admin()).createEmailPasswordSession({ email: user.email, password });
        const account = new Account(withSession(secret));
        await expectAppwriteError(account.updatePassword({ password: 'brand-new-pass-1' }), { code: 401, type: 'user_invalid_credentials' });
        await expectAppwriteError(account.updatePassword({ password: 'brand-new-pass-1', oldPassword: 'not-the-password' }),
            { code: 401, type: 'user_invalid_credentials' });
        const updated = await account.updatePassword({ password: 'brand-new-pass-1', oldPassword: password });
        assertAccountModel(updated);
        await new Account(guest()).createEmailPasswordSession({ email: user.email, password: 'brand-new-pass-1' });
        await expectAppwriteError(new Account(guest()).createEmailPasswordSession({ email: user.email, password }),
            { code: 401, type: 'user_invalid_credentials' });
    });
});

describe('node-appwrite Account: sign-up, anonymous sessions and conversion', () => {
    it('account.create makes a user but no session', async () => {
        const mail = email('Signup');
        const created = await new Account(guest()).create({ userId: ID.unique(), email: mail, password: 'signup-pass-1', name: 'Sign Up' });
        assertAccountModel(created);
        assert.equal(created.email, mail.toLowerCase());
        assert.equal((await users.listSessions({ userId: created.$id })).total, 0);
        await expectAppwriteError(new Account(guest()).create({ userId: ID.unique(), email: mail, password: 'signup-pass-1' }),
            { code: 409, type: 'user_already_exists' });
    });

    it('anonymous session, then PATCH /account/email converts it to a permanent account', async () => {
        const session = await new Account(admin()).createAnonymousSession();
        assert.equal(session.provider, 'anonymous');
        assert.deepEqual(session.factors, ['anonymous']);
        const account = new Account(withSession(session.secret));
        const anon = await account.get();
        assert.equal(anon.email, '');
        assert.equal(anon.passwordUpdate, '');
        const mail = email('converted');
        const converted = await account.updateEmail({ email: mail, password: 'converted-pass-1' });
        assert.equal(converted.$id, anon.$id);
        assert.equal(converted.email, mail);
        assert.match(converted.passwordUpdate, DATETIME);
        const login = await new Account(guest()).createEmailPasswordSession({ email: mail, password: 'converted-pass-1' });
        assert.equal(login.userId, anon.$id);
        assert.equal((await new Account(guest()).createAnonymousSession()).secret, '', 'client callers get a blank secret');
    });

    it('no session: account.get answers 401 general_unauthorized_scope', async () => {
        await expectAppwriteError(new Account(guest()).get(), { code: 401, type: 'general_unauthorized_scope',
            message: `User (role: guests) ${missingScope('account')}` });
        await expectAppwriteError(new Account(withSession(Buffer.from(JSON.stringify({ id: 'x', secret: 'y' })).toString('base64'))).get(),
            { code: 401, type: 'general_unauthorized_scope' });
    });
});
