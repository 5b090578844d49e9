// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// node-appwrite (official server SDK) — Users API with an API key, exactly as a Node.js backend uses it.
import { before, describe, it } from 'node:test';
import { Account, AppwriteException, Client, ID, PasswordHash, Query, Users } from 'node-appwrite';
import { DATETIME, UNIQUE_ID, apiKey, assert, endpoint, expectAppwriteError, fromNow, hex, projectId } from '../lib/env.mjs';
import { atLeast, missingScopePattern } from '../lib/release.mjs';

const admin = () => new Client().setEndpoint(endpoint).setProject(projectId).setKey(apiKey);
const guest = () => new Client().setEndpoint(endpoint).setProject(projectId);
const users = new Users(admin());

const run = hex(10);
const email = (local) => `${local}.${run}@example.com`;
const phone = () => `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;

function assertUserModel(user) {
    assert.match(user.$id, /^[A-Za-z0-9][A-Za-z0-9._-]{0,35}$/);
    assert.match(user.$createdAt, DATETIME);
    assert.match(user.$updatedAt, DATETIME);
    assert.match(user.registration, DATETIME);
    for (const key of ['name', 'email', 'phone', 'passwordUpdate', 'accessedAt'])
        assert.equal(typeof user[key], 'string', `user.${key} is a string`);
    for (const key of ['status', 'emailVerification', 'phoneVerification', 'mfa'])
        assert.equal(typeof user[key], 'boolean', `user.${key} is a boolean`);
    assert.ok(Array.isArray(user.labels), 'labels is an array');
    assert.ok(Array.isArray(user.targets), 'targets is an array');
    assert.ok(user.prefs && typeof user.prefs === 'object' && !Array.isArray(user.prefs), 'prefs is an object');
}

/** Signs in through the Account API as a client would (no key) and returns the session. */
const signIn = (mail, password) => new Account(guest()).createEmailPasswordSession({ email: mail, password });

describe('node-appwrite Users: create', () => {
    it('creates a plain user with ID.unique() and returns the Appwrite user model', async () => {
        const number = phone();
        const user = await users.create({ userId: ID.unique(), email: email('Plain.User'), phone: number,
            password: 'correct-horse-9', name: 'Plain User' });
        assertUserModel(user);
        assert.match(user.$id, UNIQUE_ID);
        assert.equal(user.email, email('plain.user'), 'email is lower-cased');
        assert.equal(user.phone, number);
        assert.equal(user.name, 'Plain User');
        assert.equal(user.hash, 'argon2');
        assert.match(user.password, /^\$argon2id\$/);
        assert.equal(user.status, true);
        assert.deepEqual(user.labels, []);
        assert.deepEqual(user.prefs, {});
        assert.match(user.passwordUpdate, DATETIME);
        assert.equal(user.emailVerification, false);
        assert.equal(user.phoneVerification, false);
        assert.deepEqual(user.targets.map((t) => t.providerType).sort(), ['email', 'sms']);
        const emailTarget = user.targets.find((t) => t.providerType === 'email');
        assert.equal(emailTarget.identifier, user.email);
        assert.equal(emailTarget.userId, user.$id);
    });

    it('creates a user with a custom ID and no credentials at all', async () => {
        const id = `custom-${run}`;
        const user = await users.create({ userId: id });
        assert.equal(user.$id, id);
        assert.equal(user.email, '');
        assert.equal(user.phone, '');
        assert.equal(user.passwordUpdate, '');
        assert.deepEqual(user.targets, []);
    });

    const vectors = [
        ['argon2', 'createArgon2User', { password: '$argon2i$v=19$m=20,t=3,p=2$YXBwd3JpdGU$A/54i238ed09ZR4NwlACU5XnkjNBZU9QeOEuhjLiexI' },
            { type: 'argon2' }],
        ['bcrypt', 'createBcryptUser', { password: '$2a$15$xX/myGbFU.ZSKHSi6EHdBOySTdYm8QxBLXmOPHrYMwV0mHRBBSBOq' }, { type: 'bcrypt' }],
        ['md5', 'createMD5User', { password: '144fa7eaa4904e8ee120651997f70dcc' }, { type: 'md5' }],
        ['sha', 'createSHAUser', {
            password: '4243da0a694e8a2f727c8060fe0507c8fa01ca68146c76d2c190805b638c20c6bf6ba04e21f11ae138785d0bff63c416e6f87badbffad37f6dee50094cc38c70',
            passwordVersion: PasswordHash.Sha512,
        }, { type: 'sha', version: 'sha512' }],
        ['phpass', 'createPHPassUser', { password: '$P$Br387rwferoKN7uwHZqNMu98q3U8RO.' }, { type: 'phpass' }],
        ['scrypt', 'createScryptUser', {
            password: '3fdef49701bc4cfaacd551fe017283513284b4731e6945c263246ef948d3cf63b5d269c31fd697246085111a428245e24a4ddc6b64c687bc60a8910dbafc1d5b',
            passwordSalt: 'appwrite', passwordCpu: 16384, passwordMemory: 13, passwordParallel: 2, passwordLength: 64,
        }, { type: 'scrypt', salt: 'appwrite', costCpu: 16384, costMemory: 13, costParallel: 2, length: 64 }],
        ['scryptMod', 'createScryptModifiedUser', {
            password: 'UlM7JiXRcQhzAGlaonpSqNSLIz475WMddOgLjej5De9vxTy48K6WtqlEzrRFeK4t0COfMhWCb8wuMHgxOFCHFQ==',
            passwordSalt: 'UxLMreBr6tYyjQ==', passwordSaltSeparator: 'Bw==',
            passwordSignerKey: 'XyEKE9RcTDeLEsL/RjwPDBv/RqDl8fb3gpYEOQaPihbxf1ZAtSOHCjuAAa7Q3oHpCYhXSN9tizHgVOwn6krflQ==',
        }, { type: 'scryptMod', salt: 'UxLMreBr6tYyjQ==', saltSeparator: 'Bw==',
            signerKey: 'XyEKE9RcTDeLEsL/RjwPDBv/RqDl8fb3gpYEOQaPihbxf1ZAtSOHCjuAAa7Q3oHpCYhXSN9tizHgVOwn6krflQ==' }],
    ];
    for (const [hash, method, params, hashOptions] of vectors) {
        it(`imports a ${hash} hash (${method}); "appwrite" signs in, a wrong password is refused; non-argon2 hashes are re-hashed`, async () => {
            const mail = email(`import-${hash.toLowerCase()}`);
            const user = await users[method]({ userId: ID.unique(), email: mail, name: `Imported ${hash}`, ...params });
            assertUserModel(user);
            assert.equal(user.hash, hash);
            assert.equal(user.password, params.password, 'the stored hash is echoed to key callers');
            assert.deepEqual(user.hashOptions, hashOptions);
            await expectAppwriteError(signIn(mail, 'not-appwrite'), { code: 401, type: 'user_invalid_credentials' });
            const session = await signIn(mail, 'appwrite');
            assert.equal(session.userId, user.$id);
            assert.equal(session.provider, 'email');
            assert.equal(session.secret, '', 'session secret is blank for client callers');
            const after = await users.get({ userId: user.$id });
            assert.equal(after.hash, 'argon2', 'password re-hashed to argon2 on sign-in');
            if (hash === 'argon2')
                assert.equal(after.password, params.password, 'an argon2 hash is kept as imported (no re-hash)');
            else
                assert.match(after.password, /^\$argon2id\$/);
            await signIn(mail, 'appwrite'); // still valid after the re-hash
        });
    }

    it('sha import without passwordVersion defaults to sha3-512 options (no version key)', async () => {
        const user = await users.createSHAUser({ userId: ID.unique(), email: email('sha-default'),
            password: 'a'.repeat(128) });
        assert.equal(user.hash, 'sha');
        assert.deepEqual(user.hashOptions, { type: 'sha' });
    });

    it('rejects duplicates with 409 user_already_exists and bad input with 400 general_argument_invalid', async () => {
        const mail = email('dupe');
        const first = await users.create({ userId: ID.unique(), email: mail, password: 'password-123x' });
        await expectAppwriteError(users.create({ userId: ID.unique(), email: mail.toUpperCase() }), { code: 409, type: 'user_already_exists' });
        await expectAppwriteError(users.create({ userId: first.$id }), { code: 409, type: 'user_already_exists' });
        await expectAppwriteError(users.create({ userId: ID.unique(), email: 'not-an-email' }), { code: 400, type: 'general_argument_invalid',
            message: /^Invalid `email` param: / });
        await expectAppwriteError(users.create({ userId: ID.unique(), email: email('short'), password: 'short' }),
            { code: 400, type: 'general_argument_invalid', message: /^Invalid `password` param: / });
        await expectAppwriteError(users.create({ userId: '_bad id' }), { code: 400, type: 'general_argument_invalid', message: /^Invalid `userId` param: / });
        await expectAppwriteError(users.create({ userId: ID.unique(), phone: '12345' }), { code: 400, type: 'general_argument_invalid' });
        await expectAppwriteError(users.createMD5User({ userId: ID.unique(), email: email('md5short'), password: 'abc' }),
            { code: 400, type: 'general_argument_invalid' });
    });
});

describe('node-appwrite Users: list with Query helpers and search', () => {
    const tag = `c${run}`;
    const surname = `Tst${hex(6)}`;
    const people = [
        { first: 'Mia', phone: true, labels: [tag, 'vip'] },
        { first: 'Zoe', phone: false, labels: [tag] },
        { first: 'Ava', phone: true, labels: [tag], blocked: true },
        { first: 'Liam', phone: false, labels: [tag, 'vip'], verified: true },
        { first: 'Ella', phone: true, labels: [tag] },
        { first: 'Noah', phone: false, labels: [tag] },
    ];
    const created = [];
    const ids = (list) => list.users.map((u) => u.$id);
    const at = (...indexes) => indexes.map((i) => created[i].$id);
    const inTag = Query.contains('labels', [tag]);

    before(async () => {
        for (const p of people) {
            let user = await users.create({ userId: ID.unique(), email: email(p.first.toLowerCase()),
                phone: p.phone ? phone() : undefined, password: `pw-${hex(12)}`, name: `${p.first} ${surname}` });
            user = await users.updateLabels({ userId: user.$id, labels: p.labels });
            if (p.blocked)
                user = await users.updateStatus({ userId: user.$id, status: false });
            if (p.verified)
                user = await users.updateEmailVerification({ userId: user.$id, emailVerification: true });
            created.push(user);
        }
    });

    it('contains on labels; default order is creation order; total counts all matches', async () => {
        const all = await users.list({ queries: [inTag] });
        assert.equal(all.total, 6);
        assert.deepEqual(ids(all), at(0, 1, 2, 3, 4, 5));
        const vip = await users.list({ queries: [inTag, Query.contains('labels', ['vip'])] });
        assert.deepEqual(ids(vip), at(0, 3));
    });

    it('equal / notEqual / startsWith', async () => {
        assert.deepEqual(ids(await users.list({ queries: [Query.equal('email', created[1].email)] })), at(1));
        assert.deepEqual(ids(await users.list({ queries: [Query.equal('email', [created[1].email, created[4].email])] })), at(1, 4));
        assert.deepEqual(ids(await users.list({ queries: [inTag, Query.notEqual('name', created[0].name)] })), at(1, 2, 3, 4, 5));
        assert.deepEqual(ids(await users.list({ queries: [Query.startsWith('email', `ava.${run}`)] })), at(2));
        assert.deepEqual(ids(await users.list({ queries: [Query.equal('status', false), inTag] })), at(2));
        assert.deepEqual(ids(await users.list({ queries: [Query.equal('emailVerification', true), inTag] })), at(3));
        assert.deepEqual(ids(await users.list({ queries: [Query.equal('$id', created[5].$id)] })), at(5));
    });

    it('between / greaterThan / lessThan on registration', async () => {
        const reg = created.map((u) => u.registration);
        assert.deepEqual(ids(await users.list({ queries: [inTag, Query.between('registration', reg[1], reg[3])] })), at(1, 2, 3));
        assert.deepEqual(ids(await users.list({ queries: [inTag, Query.greaterThan('registration', reg[3])] })), at(4, 5));
        assert.deepEqual(ids(await users.list({ queries: [inTag, Query.lessThan('registration', reg[1])] })), at(0));
        assert.deepEqual(ids(await users.list({ queries: [inTag, Query.greaterThanEqual('$createdAt', created[4].$createdAt)] })), at(4, 5));
        assert.deepEqual(ids(await users.list({ queries: [inTag, Query.lessThanEqual('$createdAt', created[0].$createdAt)] })), at(0));
    });

    it('isNull / isNotNull on phone', async () => {
        assert.deepEqual(ids(await users.list({ queries: [inTag, Query.isNull('phone')] })), at(1, 3, 5));
        assert.deepEqual(ids(await users.list({ queries: [inTag, Query.isNotNull('phone')] })), at(0, 2, 4));
    });

    it('orderAsc / orderDesc', async () => {
        assert.deepEqual(ids(await users.list({ queries: [inTag, Query.orderAsc('name')] })), at(2, 4, 3, 0, 5, 1));
        assert.deepEqual(ids(await users.list({ queries: [inTag, Query.orderDesc('name')] })), at(1, 5, 0, 3, 4, 2));
        assert.deepEqual(ids(await users.list({ queries: [inTag, Query.orderDesc('$createdAt')] })), at(5, 4, 3, 2, 1, 0));
    });

    it('limit / offset keep the full total', async () => {
        const page = await users.list({ queries: [inTag, Query.limit(2)] });
        assert.equal(page.total, 6);
        assert.deepEqual(ids(page), at(0, 1));
        const second = await users.list({ queries: [inTag, Query.limit(2), Query.offset(2)] });
        assert.equal(second.total, 6);
        assert.deepEqual(ids(second), at(2, 3));
    });

    it('total: false answers a total of 0 from 1.8.0 on (earlier releases ignore the param)', async () => {
        const counted = await users.list({ queries: [Query.limit(2)] });
        assert.ok(counted.total > 2);
        const uncounted = await users.list({ queries: [Query.limit(2)], total: false });
        assert.equal(uncounted.users.length, 2);
        assert.equal(uncounted.total, atLeast('1.8.0') ? 0 : counted.total);
        const logs = await users.listLogs({ userId: uncounted.users[0].$id, total: false });
        assert.equal(logs.total, atLeast('1.8.0') ? 0 : logs.logs.length);
    });

    it('cursorAfter / cursorBefore', async () => {
        assert.deepEqual(ids(await users.list({ queries: [inTag, Query.cursorAfter(created[1].$id), Query.limit(2)] })), at(2, 3));
        assert.deepEqual(ids(await users.list({ queries: [inTag, Query.cursorBefore(created[4].$id), Query.limit(2)] })), at(2, 3));
        assert.deepEqual(ids(await users.list({ queries: [inTag, Query.orderDesc('$createdAt'), Query.cursorAfter(created[4].$id), Query.limit(2)] })),
            at(3, 2));
        await expectAppwriteError(users.list({ queries: [Query.cursorAfter(`gone${run}`)] }), { code: 400, type: 'general_cursor_not_found' });
    });

    it('or / and', async () => {
        assert.deepEqual(ids(await users.list({ queries: [inTag, Query.or([Query.equal('name', created[0].name), Query.equal('name', created[5].name)])] })),
            at(0, 5));
        assert.deepEqual(ids(await users.list({ queries: [inTag, Query.and([Query.isNotNull('phone'), Query.equal('status', true)])] })), at(0, 4));
    });

    it('search (full-text, prefix words)', async () => {
        const bySurname = await users.list({ search: surname });
        assert.equal(bySurname.total, 6);
        assert.deepEqual(ids(bySurname), at(0, 1, 2, 3, 4, 5));
        const byPrefix = await users.list({ search: surname.slice(0, 6), queries: [inTag] });
        assert.equal(byPrefix.total, 6, 'search terms match word prefixes');
        // Appwrite's search is a boolean-mode full-text match: any word may match (e.g. "example" of an
        // e-mail), so only the label-filtered result is deterministic.
        const byEmail = await users.list({ search: created[1].email, queries: [inTag] });
        assert.ok(ids(byEmail).includes(created[1].$id), 'search by full e-mail finds the user');
        const byId = await users.list({ search: created[2].$id, queries: [inTag] });
        assert.deepEqual(ids(byId), at(2), 'search by user ID finds the user');
        assert.equal((await users.list({ search: `nomatch${hex(12)}` })).total, 0);
    });

    it('invalid queries answer 400 general_argument_invalid', async () => {
        await expectAppwriteError(users.list({ queries: [Query.equal('labels', [tag])] }),
            { code: 400, type: 'general_argument_invalid', message: /Cannot query equal on attribute "labels" because it is an array/ });
        await expectAppwriteError(users.list({ queries: [Query.equal('favouriteColour', ['blue'])] }),
            { code: 400, type: 'general_argument_invalid', message: /Attribute not found in schema: favouriteColour/ });
        await expectAppwriteError(users.list({ queries: [Query.equal('status', 'yes')] }), { code: 400, type: 'general_argument_invalid' });
        await expectAppwriteError(users.list({ queries: [Query.select(['name'])] }), { code: 400, type: 'general_argument_invalid' });
        await expectAppwriteError(users.list({ queries: ['equal("email", ["a@b.c"])'] }), { code: 400, type: 'general_argument_invalid' });
        await expectAppwriteError(users.list({ queries: [Query.limit(0)] }), { code: 400, type: 'general_argument_invalid' });
    });
});

describe('node-appwrite Users: get, update, delete', () => {
    let user;
    before(async () => {
        user = await users.create({ userId: ID.unique(), email: email('updates'), password: 'initial-pass-1', name: 'Up Dates' });
    });

    it('get returns the user; unknown ID answers 404 user_not_found', async () => {
        const got = await users.get({ userId: user.$id });
        assertUserModel(got);
        assert.equal(got.$id, user.$id);
        assert.equal(got.email, user.email);
        await expectAppwriteError(users.get({ userId: `missing${run}` }), { code: 404, type: 'user_not_found',
            message: 'User with the requested ID could not be found.' });
        await expectAppwriteError(users.get({ userId: 'bad id!' }), { code: 400, type: 'general_argument_invalid' });
    });

    it('updateName / updateEmail / updatePhone', async () => {
        assert.equal((await users.updateName({ userId: user.$id, name: 'New Name' })).name, 'New Name');
        assert.equal((await users.updateName({ userId: user.$id, name: '' })).name, '');
        const newMail = email('Renamed');
        const renamed = await users.updateEmail({ userId: user.$id, email: newMail });
        assert.equal(renamed.email, newMail.toLowerCase());
        assert.equal(renamed.emailVerification, false);
        assert.ok(renamed.targets.some((t) => t.providerType === 'email' && t.identifier === newMail.toLowerCase()));
        const other = await users.create({ userId: ID.unique(), email: email('taken') });
        await expectAppwriteError(users.updateEmail({ userId: user.$id, email: other.email }), { code: 409, type: 'user_target_already_exists' });
        await expectAppwriteError(users.updateEmail({ userId: user.$id, email: 'nope' }), { code: 400, type: 'general_argument_invalid' });
        const number = phone();
        const phoned = await users.updatePhone({ userId: user.$id, number });
        assert.equal(phoned.phone, number);
        assert.equal(phoned.phoneVerification, false);
        await expectAppwriteError(users.updatePhone({ userId: user.$id, number: '0800' }), { code: 400, type: 'general_argument_invalid' });
        const otherPhone = await users.create({ userId: ID.unique(), phone: phone() });
        await expectAppwriteError(users.updatePhone({ userId: user.$id, number: otherPhone.phone }), { code: 409, type: 'user_target_already_exists' });
        assert.equal((await users.updatePhone({ userId: user.$id, number: '' })).phone, '', 'empty number removes the phone');
        assert.equal((await users.updateEmail({ userId: other.$id, email: '' })).email, '', 'empty email removes the e-mail');
    });

    it('updatePassword: new password signs in, old one does not', async () => {
        const before = await users.get({ userId: user.$id });
        const updated = await users.updatePassword({ userId: user.$id, password: 'second-pass-22' });
        assert.match(updated.password, /^\$argon2id\$/);
        assert.notEqual(updated.password, before.password);
        assert.ok(Date.parse(updated.passwordUpdate) >= Date.parse(before.passwordUpdate));
        await signIn(updated.email, 'second-pass-22');
        await expectAppwriteError(signIn(updated.email, 'initial-pass-1'), { code: 401, type: 'user_invalid_credentials' });
        await expectAppwriteError(users.updatePassword({ userId: user.$id, password: 'short' }), { code: 400, type: 'general_argument_invalid' });
    });

    it('updateStatus blocks sign-in with user_blocked (401, 403 from 1.9.0); unblocking restores it', async () => {
        const current = await users.get({ userId: user.$id });
        assert.equal((await users.updateStatus({ userId: user.$id, status: false })).status, false);
        await expectAppwriteError(signIn(current.email, 'second-pass-22'), { code: atLeast('1.9.0') ? 403 : 401, type: 'user_blocked' });
        assert.equal((await users.updateStatus({ userId: user.$id, status: true })).status, true);
        await signIn(current.email, 'second-pass-22');
    });

    it('updateLabels replaces and de-duplicates; invalid labels answer 400', async () => {
        assert.deepEqual((await users.updateLabels({ userId: user.$id, labels: ['b', 'a', 'b', 'Zed9'] })).labels, ['b', 'a', 'Zed9']);
        assert.deepEqual((await users.updateLabels({ userId: user.$id, labels: [] })).labels, []);
        await expectAppwriteError(users.updateLabels({ userId: user.$id, labels: ['not-alnum'] }), { code: 400, type: 'general_argument_invalid' });
    });

    it('updateEmailVerification / updatePhoneVerification / updateMfa', async () => {
        assert.equal((await users.updateEmailVerification({ userId: user.$id, emailVerification: true })).emailVerification, true);
        assert.equal((await users.updatePhoneVerification({ userId: user.$id, phoneVerification: true })).phoneVerification, true);
        assert.equal((await users.updateMfa({ userId: user.$id, mfa: true })).mfa, true);
        assert.equal((await users.updateMfa({ userId: user.$id, mfa: false })).mfa, false);
        const factors = await users.listMfaFactors({ userId: user.$id });
        assert.equal(typeof factors.totp, 'boolean');
        assert.equal(factors.email, true, 'a verified e-mail is an MFA factor');
    });

    it('updatePrefs returns the prefs object; getPrefs reads them back', async () => {
        const prefs = { theme: 'dark', nested: { n: 1, list: [1, 'two'] }, flag: true };
        assert.deepEqual(await users.updatePrefs({ userId: user.$id, prefs }), prefs);
        assert.deepEqual(await users.getPrefs({ userId: user.$id }), prefs);
        assert.deepEqual((await users.get({ userId: user.$id })).prefs, prefs);
        assert.deepEqual(await users.updatePrefs({ userId: user.$id, prefs: {} }), {});
    });

    it('delete answers 204; the user is gone (404) and deleting again is 404', async () => {
        const doomed = await users.create({ userId: ID.unique(), email: email('doomed') });
        await users.delete({ userId: doomed.$id });
        await expectAppwriteError(users.get({ userId: doomed.$id }), { code: 404, type: 'user_not_found' });
        await expectAppwriteError(users.delete({ userId: doomed.$id }), { code: 404, type: 'user_not_found' });
        const again = await users.create({ userId: doomed.$id, email: doomed.email });
        assert.equal(again.$id, doomed.$id, 'the ID and e-mail are reusable after deletion');
    });
});

describe('node-appwrite Users: sessions, logs, memberships, identities, tokens, JWTs', () => {
    let user;
    const password = 'session-pass-7';
    before(async () => {
        user = await users.create({ userId: ID.unique(), email: email('sessions'), password, name: 'Sess Ions' });
    });

    it('createSession returns a usable secret; listSessions; deleteSession; deleteSessions', async () => {
        const session = await users.createSession({ userId: user.$id });
        assert.equal(session.userId, user.$id);
        assert.equal(session.provider, 'server');
        assert.deepEqual(session.factors, ['server']);
        assert.match(session.expire, DATETIME);
        assert.ok(fromNow(session.expire) > 364 * 86400_000, 'default session length is one year');
        const cookie = JSON.parse(Buffer.from(session.secret, 'base64').toString('utf8'));
        assert.equal(cookie.id, user.$id);
        assert.match(cookie.secret, /^[0-9a-f]{256}$/);
        await signIn(user.email, password);

        const list = await users.listSessions({ userId: user.$id });
        assert.equal(list.total, 2);
        assert.equal(list.sessions.length, 2);
        assert.ok(list.sessions.every((s) => s.current === false), 'current is always false in the Users API');
        assert.deepEqual(list.sessions.map((s) => s.provider).sort(), ['email', 'server']);
        const emailSession = list.sessions.find((s) => s.provider === 'email');
        assert.equal(emailSession.providerUid, user.email);
        assert.deepEqual(emailSession.factors, ['password']);
        for (const key of ['ip', 'osCode', 'clientName', 'countryCode', 'countryName', 'deviceName'])
            assert.equal(typeof emailSession[key], 'string', `session.${key}`);

        await users.deleteSession({ userId: user.$id, sessionId: session.$id });
        assert.deepEqual((await users.listSessions({ userId: user.$id })).sessions.map((s) => s.$id), [emailSession.$id]);
        await expectAppwriteError(users.deleteSession({ userId: user.$id, sessionId: session.$id }), { code: 404, type: 'user_session_not_found' });

        await users.createSession({ userId: user.$id });
        await users.deleteSessions({ userId: user.$id });
        const none = await users.listSessions({ userId: user.$id });
        assert.equal(none.total, 0);
        assert.deepEqual(none.sessions, []);
        await expectAppwriteError(users.createSession({ userId: `missing${run}` }), { code: 404, type: 'user_not_found' });
    });

    it('listLogs returns the audit log (newest first) with limit/offset only', async () => {
        await signIn(user.email, password);
        const logs = await users.listLogs({ userId: user.$id });
        assert.equal(typeof logs.total, 'number');
        assert.ok(Array.isArray(logs.logs));
        assert.ok(logs.total >= 1, 'a sign-in leaves an audit entry');
        const log = logs.logs[0];
        assert.equal(log.event, 'session.create');
        assert.match(log.time, DATETIME);
        for (const key of ['userId', 'userEmail', 'userName', 'mode', 'ip', 'osName', 'clientName', 'countryCode', 'countryName'])
            assert.equal(typeof log[key], 'string', `log.${key}`);
        const limited = await users.listLogs({ userId: user.$id, queries: [Query.limit(1), Query.offset(0)] });
        assert.equal(limited.logs.length, 1);
        await expectAppwriteError(users.listLogs({ userId: user.$id, queries: [Query.equal('event', 'x')] }),
            { code: 400, type: 'general_argument_invalid' });
    });

    it('listMemberships / listIdentities / deleteIdentity', async () => {
        const memberships = await users.listMemberships({ userId: user.$id });
        assert.equal(memberships.total, 0);
        assert.deepEqual(memberships.memberships, []);
        const identities = await users.listIdentities({ queries: [Query.equal('userId', user.$id)] });
        assert.equal(identities.total, 0);
        assert.deepEqual(identities.identities, []);
        const all = await users.listIdentities();
        assert.equal(typeof all.total, 'number');
        await expectAppwriteError(users.deleteIdentity({ identityId: `missing${run}` }), { code: 404, type: 'user_identity_not_found' });
        await expectAppwriteError(users.listMemberships({ userId: `missing${run}` }), { code: 404, type: 'user_not_found' });
    });

    it('createToken: the secret signs in once through account.createSession', async () => {
        const token = await users.createToken({ userId: user.$id, length: 8, expire: 120 });
        assert.equal(token.userId, user.$id);
        assert.match(token.secret, /^[0-9a-f]{8}$/);
        assert.match(token.expire, DATETIME);
        const lifetime = fromNow(token.expire);
        assert.ok(lifetime > 100_000 && lifetime <= 121_000, `token expires in ~120 s (got ${lifetime} ms)`);
        const session = await new Account(guest()).createSession({ userId: user.$id, secret: token.secret });
        assert.equal(session.userId, user.$id);
        assert.equal(session.provider, 'token');
        assert.deepEqual(session.factors, ['token']);
        await expectAppwriteError(new Account(guest()).createSession({ userId: user.$id, secret: token.secret }),
            { code: 401, type: 'user_invalid_token' });
        const defaults = await users.createToken({ userId: user.$id });
        assert.match(defaults.secret, /^[0-9a-f]{6}$/, 'default token length is 6');
        await expectAppwriteError(users.createToken({ userId: user.$id, length: 2 }), { code: 400, type: 'general_argument_invalid' });
    });

    it('createJWT: setJWT authenticates as the user; a session-bound JWT dies with its session', async () => {
        const { jwt } = await users.createJWT({ userId: user.$id });
        assert.match(jwt, /^[\w-]+\.[\w-]+\.[\w-]+$/);
        const me = await new Account(guest().setJWT(jwt)).get();
        assert.equal(me.$id, user.$id);
        assert.equal(me.password, undefined, 'the Account model has no password field');

        const session = await users.createSession({ userId: user.$id });
        const bound = (await users.createJWT({ userId: user.$id, sessionId: session.$id, duration: 60 })).jwt;
        assert.equal((await new Account(guest().setJWT(bound)).get()).$id, user.$id);
        await users.deleteSession({ userId: user.$id, sessionId: session.$id });
        await expectAppwriteError(new Account(guest().setJWT(bound)).get(), { code: 401, type: 'general_unauthorized_scope' });
        await expectAppwriteError(new Account(guest().setJWT(`${jwt}x`)).get(), { code: 401, type: 'user_jwt_invalid' });
        await expectAppwriteError(users.createJWT({ userId: user.$id, duration: 7200 }), { code: 400, type: 'general_argument_invalid' });
    });
});

describe('node-appwrite: keys and errors', () => {
    it('an unknown API key answers 401 user_unauthorized', async () => {
        const bad = new Users(new Client().setEndpoint(endpoint).setProject(projectId).setKey(`standard_${'0'.repeat(256)}`));
        const error = await expectAppwriteError(bad.list(), { code: 401, type: 'user_unauthorized' });
        assert.ok(error instanceof AppwriteException);
    });

    it('no key at all: guests lack users.read (401 general_unauthorized_scope)', async () => {
        await expectAppwriteError(new Users(guest()).list(), { code: 401, type: 'general_unauthorized_scope',
            message: missingScopePattern('users.read') });
    });

    it('an unknown project answers 404 project_not_found', async () => {
        const other = new Users(new Client().setEndpoint(endpoint).setProject(`nope${run}`).setKey(apiKey));
        await expectAppwriteError(other.list(), { code: 404, type: 'project_not_found' });
    });

    it('a key plus a session in one request answers 403 user_key_and_session_set (the key wins from 1.9.0)', async () => {
        const user = await users.create({ userId: ID.unique(), email: email('keysession') });
        const session = await users.createSession({ userId: user.$id });
        const both = new Client().setEndpoint(endpoint).setProject(projectId).setKey(apiKey).setSession(session.secret);
        if (atLeast('1.9.0'))
            assert.equal((await new Users(both).get({ userId: user.$id })).$id, user.$id);
        else
            await expectAppwriteError(new Users(both).get({ userId: user.$id }), { code: 403, type: 'user_key_and_session_set' });
    });

    it('the demo project holds the seeded users', async () => {
        const list = await users.list({ queries: [Query.limit(5)] });
        assert.ok(list.total >= 20, `demo users are listed (total ${list.total})`);
        assert.equal(list.users.length, 5);
        list.users.forEach(assertUserModel);
    });
});
