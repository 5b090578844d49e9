// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// node-appwrite (official server SDK) — the Project service (/v1/project), which Appwrite added in 1.9.5: with an
// API key a project reads and edits its own settings (auth methods, policies, mock phones) without the console.
// Each setting changed here is checked from the client side (no key) and restored afterwards, as the other files
// share the demo project. node-appwrite 27.1.0 asks for response format 1.9.5, so the project model has the
// `authMethods` list instead of the older `authEmailPassword`-style booleans. Before 1.9.5 the routes do not exist
// and answer 404, as the real server does.
import { after, before, describe, it } from 'node:test';
import { randomInt } from 'node:crypto';
import { Account, Client, ID, Project, ProjectAuthMethodId, ProjectPolicyId, Users } from 'node-appwrite';
import { DATETIME, apiKey, assert, endpoint, expectAppwriteError, hex, projectId } from '../lib/env.mjs';
import { atLeast } from '../lib/release.mjs';

const guest = () => new Client().setEndpoint(endpoint).setProject(projectId);
const admin = () => guest().setKey(apiKey);
const project = new Project(admin());
const users = new Users(admin());
const run = hex(10);
const email = (local) => `${local}.${run}@example.com`;
const skip = atLeast('1.9.5') ? false : 'the Project service is new in Appwrite 1.9.5';

const AUTH_METHODS = ['email-password', 'magic-url', 'email-otp', 'anonymous', 'invites', 'jwt', 'phone'];
const POLICIES = ['password-dictionary', 'password-history', 'password-strength', 'password-personal-data', 'session-alert',
    'session-duration', 'session-invalidation', 'session-limit', 'user-limit', 'membership-privacy'];
const PRIVACY_FIELDS = ['userId', 'userEmail', 'userPhone', 'userName', 'userMFA', 'userAccessedAt'];
const invalid = { code: 400, type: 'general_argument_invalid' };

describe('node-appwrite Project before 1.9.5', { skip: atLeast('1.9.5') && 'the routes exist from 1.9.5 on' }, () => {
    it('project.get answers 404 general_route_not_found', async () => {
        await expectAppwriteError(project.get(), { code: 404, type: 'general_route_not_found' });
    });
});

describe('node-appwrite Project: the project model and auth methods', { skip }, () => {
    after(async () => {
        await project.updateAuthMethod({ methodId: ProjectAuthMethodId.Anonymous, enabled: true });
    });

    it('get returns the caller\'s project in the 1.9.5 shape', async () => {
        const model = await project.get();
        assert.equal(model.$id, projectId);
        assert.deepEqual(model.authMethods.map((m) => m.$id), AUTH_METHODS);
        for (const method of model.authMethods) {
            assert.deepEqual(Object.keys(method).sort(), ['$id', 'enabled'], `authMethods entry ${method.$id}`);
            assert.equal(typeof method.enabled, 'boolean');
        }
        assert.ok(Array.isArray(model.services), 'services is an array');
        assert.ok(Array.isArray(model.protocols), 'protocols is an array');
        assert.equal(model.authEmailPassword, undefined, 'no 1.9.4-style auth booleans');
    });

    it('updateAuthMethod anonymous off answers 501 user_auth_method_unsupported on sign-in; on again it works', async () => {
        const others = (model) => model.authMethods.filter((m) => m.$id !== 'anonymous');
        const initial = await project.get();
        try {
            const disabled = await project.updateAuthMethod({ methodId: ProjectAuthMethodId.Anonymous, enabled: false });
            assert.equal(disabled.$id, projectId, 'returns the project');
            assert.equal(disabled.authMethods.find((m) => m.$id === 'anonymous').enabled, false);
            assert.deepEqual(others(disabled), others(initial), 'the other methods are untouched');
            await expectAppwriteError(new Account(guest()).createAnonymousSession(), { code: 501, type: 'user_auth_method_unsupported' });
        } finally {
            const enabled = await project.updateAuthMethod({ methodId: ProjectAuthMethodId.Anonymous, enabled: true });
            assert.equal(enabled.authMethods.find((m) => m.$id === 'anonymous').enabled, true);
        }
        assert.equal((await new Account(guest()).createAnonymousSession()).provider, 'anonymous');
    });

    it('a user session (no key) answers 401 general_unauthorized_scope', async () => {
        const password = 'project-scope-1';
        const user = await users.create({ userId: ID.unique(), email: email('project-scope'), password });
        const { secret } = await new Account(admin()).createEmailPasswordSession({ email: user.email, password });
        await expectAppwriteError(new Project(guest().setSession(secret)).get(), { code: 401, type: 'general_unauthorized_scope' });
    });
});

describe('node-appwrite Project: policies', { skip }, () => {
    let saved = null; // the policies as this file found them, by $id

    before(async () => {
        saved = Object.fromEntries((await project.listPolicies()).policies.map((p) => [p.$id, p]));
    });
    after(async () => {
        if (!saved)
            return;
        const { min, uppercase, lowercase, number, symbols } = saved['password-strength'];
        await project.updatePasswordStrengthPolicy({ min, uppercase, lowercase, number, symbols });
        await project.updateUserLimitPolicy({ total: saved['user-limit'].total || null });
        await project.updateSessionDurationPolicy({ duration: saved['session-duration'].duration });
        await project.updateSessionLimitPolicy({ total: saved['session-limit'].total || null });
        const privacy = saved['membership-privacy'];
        await project.updateMembershipPrivacyPolicy(Object.fromEntries(PRIVACY_FIELDS.map((f) => [f, privacy[f]])));
    });

    it('listPolicies lists the ten policies in order; getPolicy password-strength has the defaults', async () => {
        const list = await project.listPolicies();
        assert.equal(list.total, 10);
        assert.deepEqual(list.policies.map((p) => p.$id), POLICIES);
        assert.deepEqual(await project.getPolicy({ policyId: ProjectPolicyId.Passwordstrength }),
            { $id: 'password-strength', min: 8, uppercase: false, lowercase: false, number: false, symbols: false });
    });

    it('updatePasswordStrengthPolicy returns the policy and is enforced on users.create', async () => {
        const policy = await project.updatePasswordStrengthPolicy({ min: 12, uppercase: true, number: true });
        assert.deepEqual(policy, { $id: 'password-strength', min: 12, uppercase: true, lowercase: false, number: true, symbols: false });
        assert.equal((await project.getPolicy({ policyId: ProjectPolicyId.Passwordstrength })).min, 12);
        const weak = { ...invalid, message: /^Invalid `password` param: / };
        await expectAppwriteError(users.create({ userId: ID.unique(), email: email('weak'), password: 'alllowercase12' }), weak);
        await expectAppwriteError(users.create({ userId: ID.unique(), email: email('short'), password: 'Sh0rtPass!' }), weak);
        const strong = await users.create({ userId: ID.unique(), email: email('strong'), password: 'Str0ngPassword!' });
        assert.equal(strong.email, email('strong'));
    });

    it('updateUserLimitPolicy: at most 5000; null turns the limit off', async () => {
        await expectAppwriteError(project.updateUserLimitPolicy({ total: 5001 }), invalid);
        assert.equal((await project.updateUserLimitPolicy({ total: null })).$id, projectId);
    });

    it('updateSessionDurationPolicy: 5 s to one year', async () => {
        await expectAppwriteError(project.updateSessionDurationPolicy({ duration: 4 }), invalid);
        assert.equal((await project.updateSessionDurationPolicy({ duration: 31536000 })).$id, projectId);
        assert.equal((await project.getPolicy({ policyId: ProjectPolicyId.Sessionduration })).duration, 31536000);
    });

    it('updateSessionLimitPolicy null reads back as total 0', async () => {
        assert.equal((await project.updateSessionLimitPolicy({ total: null })).$id, projectId);
        assert.equal((await project.getPolicy({ policyId: ProjectPolicyId.Sessionlimit })).total, 0);
    });

    it('updateMembershipPrivacyPolicy returns the project; getPolicy reflects it', async () => {
        assert.equal((await project.updateMembershipPrivacyPolicy({ userName: true })).$id, projectId);
        const privacy = await project.getPolicy({ policyId: ProjectPolicyId.Membershipprivacy });
        assert.equal(privacy.$id, 'membership-privacy');
        assert.equal(privacy.userName, true);
    });
});

describe('node-appwrite Project: mock phones', { skip }, () => {
    const digits = String(randomInt(1_000_000)).padStart(6, '0'); // unique to this run
    const number = `+15550100${digits}`;
    let phoneUserId = null;

    after(async () => {
        await project.deleteMockPhone({ number }).catch(() => {});
        if (phoneUserId)
            await users.delete({ userId: phoneUserId }).catch(() => {});
    });

    it('createMockPhone returns the mock number; a second one answers 409 mock_number_already_exists', async () => {
        const mock = await project.createMockPhone({ number, otp: '123456' });
        assert.equal(mock.number, number);
        assert.equal(mock.otp, '123456');
        assert.match(mock.$createdAt, DATETIME);
        assert.match(mock.$updatedAt, DATETIME);
        await expectAppwriteError(project.createMockPhone({ number, otp: '123456' }), { code: 409, type: 'mock_number_already_exists' });
        await expectAppwriteError(project.createMockPhone({ number: `+15550101${digits}`, otp: '12ab56' }), invalid);
    });

    it('listMockPhones / getMockPhone / updateMockPhone; an unknown number answers 404 mock_number_not_found', async () => {
        const list = await project.listMockPhones();
        assert.ok(list.mockNumbers.some((m) => m.number === number && m.otp === '123456'), 'listed');
        assert.ok(list.total >= 1, `total ${list.total}`);
        assert.equal((await project.getMockPhone({ number })).otp, '123456');
        const updated = await project.updateMockPhone({ number, otp: '654321' });
        assert.equal(updated.number, number);
        assert.equal(updated.otp, '654321');
        assert.equal((await project.getMockPhone({ number })).otp, '654321');
        await expectAppwriteError(project.getMockPhone({ number: '+15550199999999' }), { code: 404, type: 'mock_number_not_found' });
    });

    it('phone sign-in with a mock number takes its fixed code (no SMS)', async () => {
        const account = new Account(guest());
        const token = await account.createPhoneToken({ userId: ID.unique(), phone: number });
        phoneUserId = token.userId;
        const session = await account.createSession({ userId: token.userId, secret: '654321' });
        assert.equal(session.userId, token.userId);
        assert.equal((await users.get({ userId: token.userId })).phone, number);
    });

    it('deleteMockPhone: afterwards getMockPhone answers 404', async () => {
        await project.deleteMockPhone({ number });
        await expectAppwriteError(project.getMockPhone({ number }), { code: 404, type: 'mock_number_not_found' });
    });
});

describe('node-appwrite Project: OAuth2 providers', { skip }, () => {
    after(async () => {
        await project.updateOAuth2GitHub({ clientId: '', clientSecret: '', enabled: false });
        await project.updateOAuth2Microsoft({ applicationId: '', applicationSecret: '', tenant: '', enabled: false });
    });

    it('listOAuth2Providers lists the 42 providers that have an update route, secrets blank', async () => {
        const list = await project.listOAuth2Providers();
        assert.equal(list.total, 42);
        assert.equal(list.providers[0].$id, 'amazon');
        assert.ok(list.providers.every((p) => !('secret' in p) || p.secret === ''));
        assert.ok(!list.providers.some((p) => ['yammer', 'mock', 'mock-unverified'].includes(p.$id)));
    });

    it('updateOAuth2GitHub needs both credentials to enable, then getOAuth2Provider shows it on without the secret', async () => {
        await expectAppwriteError(project.updateOAuth2GitHub({ clientId: `gh-${run}`, enabled: true }), invalid);
        const updated = await project.updateOAuth2GitHub({ clientId: `gh-${run}`, clientSecret: 'gh-secret', enabled: true });
        assert.equal(updated.enabled, true);
        assert.equal(updated.clientSecret, '');
        const got = await project.getOAuth2Provider({ providerId: 'github' });
        assert.deepEqual(got, { $id: 'github', enabled: true, clientId: `gh-${run}`, clientSecret: '' });
    });

    it('updateOAuth2Microsoft names its own parameters and refuses to enable without a tenant', async () => {
        await expectAppwriteError(project.updateOAuth2Microsoft({ applicationId: 'ms', applicationSecret: 'ms-secret', enabled: true }),
            { ...invalid, message: 'Could not enable OAuth2 provider: Microsoft tenant is required.' });
        const updated = await project.updateOAuth2Microsoft({ applicationId: 'ms', applicationSecret: 'ms-secret', tenant: 'common' });
        assert.equal(updated.tenant, 'common');
        assert.equal(updated.enabled, true, 'left out, `enabled` turns on when the provider checks out');
    });
});

describe('node-appwrite Project: SMTP and e-mail templates', { skip }, () => {
    after(async () => {
        await project.updateSMTP({ enabled: false });
    });

    it('updateEmailTemplate needs SMTP; with it the template is kept and read back', async () => {
        await expectAppwriteError(project.updateEmailTemplate({ templateId: 'invitation', subject: 'Join', message: 'Come' }),
            { ...invalid, message: 'SMTP must be enabled on the project to configure custom email templates.' });
        const model = await project.updateSMTP({ host: 'mail.example.com', port: 587, senderEmail: 'team@example.com',
            senderName: 'Team', password: 'smtp-secret', enabled: true });
        assert.equal(model.smtpEnabled, true);
        assert.equal(model.smtpPassword, '');
        const saved = await project.updateEmailTemplate({ templateId: 'invitation', locale: 'en', subject: `Join ${run}`,
            message: 'Come to {{team}}' });
        assert.equal(saved.subject, `Join ${run}`);
        const got = await project.getEmailTemplate({ templateId: 'invitation', locale: 'en' });
        assert.equal(got.message, 'Come to {{team}}');
        const defaults = await project.getEmailTemplate({ templateId: 'recovery' });
        assert.equal(defaults.subject, 'Password Reset for {{project}}');
        const list = await project.listEmailTemplates();
        assert.ok(list.templates.some((t) => t.templateId === 'invitation' && t.locale === 'en'));
    });
});
