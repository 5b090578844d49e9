// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The naive way to run a bulk job: a sequential loop with the official node-appwrite SDK (list, then one
// updateLabels per user, awaited one after the other). Prints users/s for comparison with Userdesk's bulk job.
import { createRequire } from 'node:module';
const require = createRequire(new URL('../tests/compat/package.json', import.meta.url));
const sdk = require('node-appwrite');
// The SDK warns on every response that it targets 1.9.5 and the server says 1.7.5: print that once.
const warn = console.warn;
let warned = false;
console.warn = (...args) => { if (!warned) { warned = true; warn(...args); } };

const [endpoint, project, key, countArg] = process.argv.slice(2);
const count = Number(countArg || 2000);
const client = new sdk.Client().setEndpoint(endpoint).setProject(project).setKey(key);
const users = new sdk.Users(client);
const list = await users.list([sdk.Query.limit(count)]);
const started = process.hrtime.bigint();
for (const u of list.users) {
    await users.updateLabels(u.$id, [...new Set([...u.labels, 'sdkloop'])]);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`sdk_sequential_users: ${list.users.length} users`);
console.log(`sdk_sequential_seconds: ${seconds.toFixed(2)} s`);
console.log(`sdk_sequential_users_per_second: ${(list.users.length / seconds).toFixed(2)} users/s`);
