// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// node-appwrite (official server SDK) — a team owner's invitation, as an app does it on behalf of a signed-in user
// (setSession): the owner invites by e-mail, the invitee's link (read from the server's outbox, the test's mail
// server) carries the secret, and teams.updateMembershipStatus with it confirms the membership. Members then list
// each other as the project's membership privacy allows. The same in every release.
import { before, describe, it } from 'node:test';
import { Account, Client, ID, Teams, Users } from 'node-appwrite';
import { apiKey, assert, endpoint, expectAppwriteError, hex, outboxMessages, projectId } from '../lib/env.mjs';

const admin = () => new Client().setEndpoint(endpoint).setProject(projectId).setKey(apiKey);
const users = new Users(admin());
const keyAccount = new Account(admin());
const run = hex(10);
const password = 'team-password-1';

describe('node-appwrite Teams: an invitation by e-mail', () => {
    let ownerTeams;
    let invitee;
    let teamId;

    before(async () => {
        const owner = await users.create({ userId: ID.unique(), email: `owner.${run}@example.com`, password, name: 'Owner' });
        invitee = await users.create({ userId: ID.unique(), email: `invitee.${run}@example.com`, password, name: 'Invitee' });
        const { secret } = await keyAccount.createEmailPasswordSession({ email: owner.email, password });
        ownerTeams = new Teams(new Client().setEndpoint(endpoint).setProject(projectId).setSession(secret));
        teamId = (await ownerTeams.create({ teamId: ID.unique(), name: `Crew ${run}` })).$id;
    });

    it('createMembership sends the link; updateMembershipStatus with its secret confirms the member', async () => {
        const invited = await ownerTeams.createMembership({ teamId, roles: ['member'], email: invitee.email,
            url: 'http://localhost/join' });
        assert.equal(invited.confirm, false);
        const mail = outboxMessages().findLast((m) => m.to === invitee.email && m.template === 'invitation');
        assert.ok(mail, 'the invitation is in the outbox');
        const link = new URL(mail.url);
        assert.equal(link.searchParams.get('membershipId'), invited.$id);
        const guestTeams = new Teams(new Client().setEndpoint(endpoint).setProject(projectId));
        await expectAppwriteError(guestTeams.updateMembershipStatus({ teamId, membershipId: invited.$id, userId: invitee.$id,
            secret: 'not-the-secret' }), { code: 401, type: 'team_invalid_secret' });
        const accepted = await guestTeams.updateMembershipStatus({ teamId, membershipId: invited.$id, userId: invitee.$id,
            secret: link.searchParams.get('secret') });
        assert.equal(accepted.confirm, true);
        assert.equal(accepted.userId, invitee.$id);
        assert.equal((await users.get({ userId: invitee.$id })).emailVerification, true);
    });

    it('listMemberships: the owner sees the new member; the key sees every field', async () => {
        const seen = await ownerTeams.listMemberships({ teamId });
        assert.equal(seen.total, 2);
        // Both confirmed. What else the owner sees of a member is the project's membership privacy (a new 1.9.5
        // project hides even the user's ID from other members).
        assert.equal(seen.memberships.filter((m) => m.confirm).length, 2);
        const all = await new Teams(admin()).listMemberships({ teamId });
        assert.ok(all.memberships.every((m) => m.userEmail.endsWith(`${run}@example.com`)));
    });
});
