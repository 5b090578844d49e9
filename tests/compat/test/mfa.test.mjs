// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// node-appwrite (official server SDK) — account MFA on behalf of a user (setSession with an SSR sign-in secret):
// a TOTP authenticator verified with the code an authenticator app computes (RFC 6238 in node:crypto), MFA on,
// a new sign-in that owes a factor, challenges, single-use recovery codes; the users admin MFA calls on the same
// data. node-appwrite 27.1.0 sends challenges to /account/mfa/challenges, which Appwrite added in 1.8.0: against a
// 1.7.5 server those calls answer 404, as they would against the real one.
import { before, describe, it } from 'node:test';
import { createHmac } from 'node:crypto';
import { Account, AuthenticationFactor, AuthenticatorType, Client, ID, Users } from 'node-appwrite';
import { apiKey, assert, endpoint, expectAppwriteError, hex, projectId } from '../lib/env.mjs';
import { atLeast } from '../lib/release.mjs';

const admin = () => new Client().setEndpoint(endpoint).setProject(projectId).setKey(apiKey);
const users = new Users(admin());
const keyAccount = new Account(admin());
const run = hex(10);
const password = 'mfa-password-1';

/** RFC 6238 (HMAC-SHA1, 30 s, 6 digits) for a Base32 secret, waiting out the last second of a step. */
async function totp(secret) {
    while (Math.floor(Date.now() / 1000) % 30 === 29)
        await new Promise((resolve) => setTimeout(resolve, 200));
    let bits = '';
    for (const c of secret.replace(/=+$/, ''))
        bits += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.indexOf(c).toString(2).padStart(5, '0');
    const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
    const counter = Buffer.alloc(8);
    counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30)));
    const mac = createHmac('sha1', key).update(counter).digest();
    const offset = mac[mac.length - 1] & 0xf;
    return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0');
}

describe('node-appwrite account MFA', () => {
    let user;
    let enrolling;
    let secret;
    const signIn = async () => new Account(new Client().setEndpoint(endpoint).setProject(projectId)
        .setSession((await keyAccount.createEmailPasswordSession({ email: user.email, password })).secret));

    before(async () => {
        user = await users.create({ userId: ID.unique(), email: `mfa.${run}@example.com`, password, name: 'Two Factors' });
        enrolling = await signIn();
    });

    it('createMFAAuthenticator + updateMFAAuthenticator with the code of an authenticator app', async () => {
        const created = await enrolling.createMFAAuthenticator({ type: AuthenticatorType.Totp });
        secret = created.secret;
        assert.match(secret, /^[A-Z2-7]{103}$/);
        assert.ok(created.uri.startsWith('otpauth://totp/'), created.uri);
        assert.ok(created.uri.endsWith(`&secret=${secret}`), created.uri);
        await expectAppwriteError(enrolling.updateMFAAuthenticator({ type: AuthenticatorType.Totp, otp: '000000' }),
            { code: 401, type: 'user_invalid_token' });
        const verified = await enrolling.updateMFAAuthenticator({ type: AuthenticatorType.Totp, otp: await totp(secret) });
        assert.equal(verified.$id, user.$id);
        assert.equal((await enrolling.listMFAFactors()).totp, true);
        assert.equal((await users.listMFAFactors({ userId: user.$id })).totp, true);
    });

    it('updateMFA on: a new sign-in owes a factor until a challenge is met', async () => {
        assert.equal((await enrolling.updateMFA({ mfa: true })).mfa, true);
        assert.equal((await enrolling.get()).$id, user.$id, 'the enrolling session already has both factors');
        const next = await signIn();
        await expectAppwriteError(next.get(), { code: 401, type: 'user_more_factors_required' });
        if (!atLeast('1.8.0')) {
            await expectAppwriteError(next.createMFAChallenge({ factor: AuthenticationFactor.Totp }),
                { code: 404, type: 'general_route_not_found' });
            return;
        }
        const challenge = await next.createMFAChallenge({ factor: AuthenticationFactor.Totp });
        assert.equal(challenge.userId, user.$id);
        await expectAppwriteError(next.updateMFAChallenge({ challengeId: challenge.$id, otp: '123456' }),
            { code: 401, type: 'user_invalid_token' });
        const session = await next.updateMFAChallenge({ challengeId: challenge.$id, otp: await totp(secret) });
        assert.deepEqual(session.factors, ['password', 'totp']);
        assert.equal((await next.get()).$id, user.$id);
    });

    it('recovery codes: created once, each signs in once (the SDK\'s factor spelling)', async (t) => {
        if (!atLeast('1.8.0')) {
            t.skip('reading them needs a challenge, which this SDK cannot reach on 1.7.5 (tst_servermfa covers it)');
            return;
        }
        const next = await signIn();
        const challenge = await next.createMFAChallenge({ factor: AuthenticationFactor.Totp });
        await next.updateMFAChallenge({ challengeId: challenge.$id, otp: await totp(secret) });
        const { recoveryCodes } = await next.createMFARecoveryCodes();
        assert.equal(recoveryCodes.length, 6);
        await expectAppwriteError(next.createMFARecoveryCodes(), { code: 409, type: 'user_recovery_codes_already_exists' });
        assert.deepEqual((await next.getMFARecoveryCodes()).recoveryCodes, recoveryCodes);

        const withCode = await signIn();
        // 1.9.0 completes only a challenge created as `recoveryCode`: the SDK's enum (`recoverycode`) is refused
        // there, as by the real server; the camel-case spelling, sent as a plain string, signs in.
        const factor = atLeast('1.9.0') ? 'recoveryCode' : AuthenticationFactor.Recoverycode;
        if (atLeast('1.9.0')) {
            const sdkSpelling = await withCode.createMFAChallenge({ factor: AuthenticationFactor.Recoverycode });
            await expectAppwriteError(withCode.updateMFAChallenge({ challengeId: sdkSpelling.$id, otp: recoveryCodes[0] }),
                { code: 401, type: 'user_invalid_token' });
        }
        const first = await withCode.createMFAChallenge({ factor });
        const session = await withCode.updateMFAChallenge({ challengeId: first.$id, otp: recoveryCodes[0] });
        assert.ok(session.factors.includes(factor), session.factors.join());
        const again = await signIn();
        const second = await again.createMFAChallenge({ factor });
        await expectAppwriteError(again.updateMFAChallenge({ challengeId: second.$id, otp: recoveryCodes[0] }),
            { code: 401, type: 'user_invalid_token' });
        assert.equal((await users.getMFARecoveryCodes({ userId: user.$id })).recoveryCodes.length, 5);
    });

    it('users.deleteMFAAuthenticator removes the authenticator; updateMfa turns MFA off', async () => {
        await users.deleteMFAAuthenticator({ userId: user.$id, type: AuthenticatorType.Totp });
        assert.equal((await users.listMFAFactors({ userId: user.$id })).totp, false);
        await expectAppwriteError(users.deleteMFAAuthenticator({ userId: user.$id, type: AuthenticatorType.Totp }),
            { code: 404, type: 'user_authenticator_not_found' });
        assert.equal((await users.updateMFA({ userId: user.$id, mfa: false })).mfa, false);
        assert.equal((await (await signIn()).get()).$id, user.$id, 'no factor owed any more');
    });
});
