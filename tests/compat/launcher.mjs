// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Starts a fresh userdesk-server with a seeded demo console account, project and API key, runs the SDK
// compatibility tests (node --test, one file after the other) against it, stops it. Exit code: the test runner's, or 1 if the server
// crashed or could not start. Arguments are passed to `node --test` (e.g. --test-name-pattern=…, or files), except
// --release=<version>: the Appwrite release the server answers as (--appwrite-version; default 1.7.5), which the
// tests read from COMPAT_RELEASE (lib/release.mjs).
//   USERDESK_SERVER_BIN   path to userdesk-server (required)
//   COMPAT_TRACE          1 (stderr) or a file: log every HTTP exchange between the SDKs and the server
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/server.mjs';
import { startTraceProxy } from './lib/trace-proxy.mjs';

const here = dirname(fileURLToPath(import.meta.url));

async function main() {
    const releaseFlag = process.argv.slice(2).find((a) => a.startsWith('--release='));
    const release = releaseFlag ? releaseFlag.slice('--release='.length) : '1.7.5';
    const server = await startServer({ demo: true, demoUsers: 20, extraArgs: ['--appwrite-version', release] });
    let proxy = null;
    let endpoint = server.endpoint;
    if (process.env.COMPAT_TRACE) {
        proxy = await startTraceProxy(server.endpoint, process.env.COMPAT_TRACE);
        endpoint = proxy.endpoint;
    }
    console.log(`userdesk-server pid ${server.child.pid} on ${server.endpoint} (data ${server.dataDir}) as Appwrite ${release}; demo project ${server.demo.projectId}`);

    let crashed = false;
    let stopping = false;
    server.exited.then(({ code, signal }) => {
        if (!stopping) {
            crashed = true;
            console.error(`\n*** userdesk-server exited during the tests (code ${code}, signal ${signal})`);
        }
    });

    const args = process.argv.slice(2).filter((a) => !a.startsWith('--release='));
    const files = args.filter((a) => !a.startsWith('-'));
    const flags = args.filter((a) => a.startsWith('-'));
    const testFiles = files.length ? files : readdirSync(join(here, 'test'))
        .filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(here, 'test', f));

    const env = {
        ...process.env,
        COMPAT_ENDPOINT: endpoint,
        COMPAT_RELEASE: release,
        COMPAT_PROJECT_ID: server.demo.projectId,
        COMPAT_API_KEY: server.demo.apiKey,
        COMPAT_CONSOLE_EMAIL: server.demo.consoleEmail,
        COMPAT_CONSOLE_PASSWORD: server.demo.consolePassword,
        COMPAT_DEMO_USER_PASSWORD: server.demo.demoUserPassword ?? '',
        COMPAT_OUTBOX: join(server.dataDir, 'outbox.jsonl'),
    };
    // One file at a time (they share the demo project), each in its own Node process as `node --test` does.
    let testCode = 0;
    let runner = null;
    let interrupted = false;
    const forward = (sig) => {
        interrupted = true;
        runner?.kill(sig);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const summary = [];
    for (const file of testFiles) {
        if (crashed || interrupted)
            break;
        runner = spawn(process.execPath, ['--test', '--test-reporter=spec', ...flags, file], { stdio: 'inherit', env, cwd: here });
        const code = await new Promise((resolve) => runner.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
        summary.push(`  ${code === 0 ? 'passed' : 'FAILED'}  ${file.replace(`${here}/`, '')}`);
        if (code !== 0)
            testCode = code;
    }
    if (interrupted)
        testCode ||= 1;
    console.log(`\ncompat summary (Appwrite ${release}):\n${summary.join('\n')}`);

    stopping = true;
    if (proxy)
        await proxy.close();
    const result = await server.stop();
    if (crashed || testCode !== 0) {
        const log = server.log().split('\n').slice(-60).join('\n');
        console.error(`\n--- last lines of the userdesk-server log ---\n${log}`);
    }
    if (!crashed && (result.code !== 0 || result.signal)) {
        console.error(`*** userdesk-server did not shut down cleanly on SIGTERM (code ${result.code}, signal ${result.signal})`);
        crashed = true;
    }
    return crashed ? 1 : testCode;
}

main().then((code) => process.exit(code), (e) => {
    console.error(e?.stack ?? String(e));
    process.exit(1);
});
