// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Starts and stops a userdesk-server process on a fresh data folder (test infrastructure only: the SDK
// calls in test/*.test.mjs go to the server unmodified).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export function serverBinary() {
    const bin = process.env.USERDESK_SERVER_BIN;
    if (!bin)
        throw new Error('USERDESK_SERVER_BIN is not set (path to the userdesk-server binary)');
    return bin;
}

/**
 * Starts `userdesk-server --listen 127.0.0.1:0 --data <fresh dir> --no-rate-limits [--demo --demo-users N]`.
 * Resolves once it printed "Listening on …" (and, with demo, the "Password and API key: <file>" line).
 * @returns {Promise<{endpoint: string, dataDir: string, demo: object|null, child: import('node:child_process').ChildProcess,
 *                    log: () => string, stop: () => Promise<{code: number|null, signal: string|null}>}>}
 */
export async function startServer({ demo = false, demoUsers = 20, rateLimits = false, extraArgs = [] } = {}) {
    const dataDir = await mkdtemp(join(tmpdir(), 'userdesk-compat-'));
    const args = ['--listen', '127.0.0.1:0', '--data', dataDir];
    if (!rateLimits)
        args.push('--no-rate-limits');
    if (demo)
        args.push('--demo', '--demo-users', String(demoUsers));
    args.push(...extraArgs);

    const child = spawn(serverBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
        stderr += chunk;
        if (stderr.length > 4_000_000)
            stderr = stderr.slice(-2_000_000);
    });
    child.stdout.setEncoding('utf8');

    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const ready = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`userdesk-server did not start within ${START_TIMEOUT_MS} ms\n${stdout}\n${stderr}`)), START_TIMEOUT_MS);
        child.on('error', (e) => { clearTimeout(timer); reject(e); });
        exited.then(({ code, signal }) => {
            clearTimeout(timer);
            reject(new Error(`userdesk-server exited during start-up (code ${code}, signal ${signal})\nstdout:\n${stdout}\nstderr:\n${stderr}`));
        });
        child.stdout.on('data', (chunk) => {
            stdout += chunk;
            const listening = /Listening on (\S+)/.exec(stdout);
            const secrets = /Password and API key:\s*(\S.*?)\s*$/m.exec(stdout);
            if (listening && (!demo || secrets)) {
                clearTimeout(timer);
                resolve({ listening: listening[1], secrets: secrets?.[1] ?? null });
            }
        });
    });

    let started;
    try {
        started = await ready;
    } catch (e) {
        child.kill('SIGKILL');
        await rm(dataDir, { recursive: true, force: true });
        throw e;
    }

    let demoInfo = null;
    if (demo) {
        const field = (label) => new RegExp(`^${label}:\\s*(\\S+)`, 'm').exec(stdout)?.[1] ?? null;
        const file = JSON.parse(await readFile(started.secrets, 'utf8'));
        demoInfo = {
            endpoint: field('Endpoint') ?? file.endpoint,
            projectId: field('Project ID') ?? file.projectId,
            consoleEmail: field('Console e-mail') ?? file.consoleEmail,
            secretsFile: started.secrets,
            consolePassword: file.consolePassword,
            apiKey: file.apiKey,
            demoUserPassword: file.demoUserPassword,
        };
    }

    let stopped = null;
    const stop = async () => {
        if (stopped)
            return stopped;
        stopped = (async () => {
            if (child.exitCode === null && child.signalCode === null) {
                child.kill('SIGTERM');
                const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
                const result = await exited;
                clearTimeout(timer);
                await rm(dataDir, { recursive: true, force: true });
                return result;
            }
            const result = await exited;
            await rm(dataDir, { recursive: true, force: true });
            return result;
        })();
        return stopped;
    };

    return {
        endpoint: started.listening.replace(/\/+$/, ''),
        dataDir,
        demo: demoInfo,
        child,
        exited,
        log: () => stderr,
        stop,
    };
}
