// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// First-run setup of a brand-new server, over the API only, exactly as on a fresh Appwrite: the first console
// sign-up becomes the root account (later ones are refused), then team, project and API key through
// @appwrite.io/console, then the key works in node-appwrite. Uses its own fresh server (no --demo).
import { localStorage } from '../lib/browser-shim.mjs'; // first: installs window.localStorage
import { Account, Client, ID, Projects, Scopes, Teams } from '@appwrite.io/console';
import * as node from 'node-appwrite';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../lib/server.mjs';
import { startTraceProxy } from '../lib/trace-proxy.mjs';
import { UNIQUE_ID, assert, expectAppwriteError } from '../lib/env.mjs';

describe('first run on an empty server (@appwrite.io/console, then node-appwrite)', () => {
    let server;
    let proxy = null;
    let endpoint;
    let console_; // { account, teams, projects }
    let team;
    let project;
    let key;
    const root = { email: 'root.admin@example.com', password: 'root-password-1' };

    before(async () => {
        server = await startServer({ demo: false });
        endpoint = server.endpoint;
        if (process.env.COMPAT_TRACE) {
            proxy = await startTraceProxy(server.endpoint, process.env.COMPAT_TRACE);
            endpoint = proxy.endpoint;
        }
        const client = new Client().setEndpoint(endpoint).setProject('console');
        console_ = { account: new Account(client), teams: new Teams(client), projects: new Projects(client) };
    });
    after(async () => {
        await proxy?.close();
        await server?.stop();
    });

    it('the first console sign-up creates the root account, without a session', async () => {
        const created = await console_.account.create({ userId: ID.unique(), email: root.email, password: root.password, name: 'Root Admin' });
        assert.match(created.$id, UNIQUE_ID);
        assert.equal(created.email, root.email);
        assert.equal(created.name, 'Root Admin');
        assert.equal(created.password, undefined);
        assert.equal(localStorage.getItem('cookieFallback'), null, 'sign-up sets no session');
        await expectAppwriteError(console_.account.get(), { code: 401, type: 'general_unauthorized_scope' });
    });

    it('later console sign-ups answer 501 user_console_count_exceeded', async () => {
        await expectAppwriteError(console_.account.create({ userId: ID.unique(), email: 'second@example.com', password: 'second-password-1' }),
            { code: 501, type: 'user_console_count_exceeded' });
    });

    it('anonymous console sessions answer 401 user_anonymous_console_prohibited', async () => {
        await expectAppwriteError(console_.account.createAnonymousSession(), { code: 401, type: 'user_anonymous_console_prohibited' });
    });

    it('sign-in, team, project and API key', async () => {
        const session = await console_.account.createEmailPasswordSession({ email: root.email, password: root.password });
        assert.equal(session.current, true);
        assert.ok(JSON.parse(localStorage.getItem('cookieFallback')).a_session_console);
        assert.equal((await console_.teams.list()).total, 0, 'a fresh root account has no team');
        team = await console_.teams.create({ teamId: ID.unique(), name: 'Personal projects' });
        assert.equal(team.total, 1);
        project = await console_.projects.create({ projectId: 'first-project', name: 'First project', teamId: team.$id });
        assert.equal(project.$id, 'first-project');
        assert.equal((await console_.projects.list()).total, 1);
        key = await console_.projects.createKey({ projectId: project.$id, name: 'Backend', scopes: [Scopes.UsersRead, Scopes.UsersWrite] });
        assert.match(key.secret, /^standard_[0-9a-f]{256}$/);
        assert.equal(key.expire, '');
    });

    it('node-appwrite manages the new project\'s users with that key', async () => {
        const users = new node.Users(new node.Client().setEndpoint(endpoint).setProject(project.$id).setKey(key.secret));
        assert.equal((await users.list()).total, 0, 'a new project starts empty');
        const user = await users.create({ userId: ID.unique(), email: 'first.user@example.com', password: 'first-user-pass', name: 'First User' });
        assert.equal((await users.list()).total, 1);
        const session = await new node.Account(new node.Client().setEndpoint(endpoint).setProject(project.$id))
            .createEmailPasswordSession({ email: 'first.user@example.com', password: 'first-user-pass' });
        assert.equal(session.userId, user.$id);
        await expectAppwriteError(new node.Users(new node.Client().setEndpoint(endpoint).setProject('demo').setKey(key.secret)).list(),
            { code: 404, type: 'project_not_found' });
    });

    it('the key belongs to its project only', async () => {
        const other = await console_.projects.create({ projectId: 'second-project', name: 'Second project', teamId: team.$id });
        const users = new node.Users(new node.Client().setEndpoint(endpoint).setProject(other.$id).setKey(key.secret));
        await expectAppwriteError(users.list(), { code: 401, type: 'user_unauthorized' });
    });

    it('SIGTERM stops the server cleanly within 10 s, although this client still holds keep-alive connections', async () => {
        await proxy?.close();
        proxy = null;
        const started = Date.now();
        const result = await server.stop(); // SIGTERM, then SIGKILL after 10 s
        assert.deepEqual({ code: result.code, signal: result.signal }, { code: 0, signal: null },
            `exit after ${Date.now() - started} ms`);
    });
});
