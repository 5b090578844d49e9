// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared test helpers: the server coordinates given by launcher.mjs, an assertion counter and an Appwrite
// error matcher. No request is made here: every call in the tests is an official SDK call.
import nodeAssert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after } from 'node:test';
import './quiet-warnings.mjs';

function required(name) {
    const value = process.env[name];
    if (!value)
        throw new Error(`${name} is not set: run the tests through tests/compat/run-compat.sh`);
    return value;
}

export const endpoint = required('COMPAT_ENDPOINT');
export const projectId = required('COMPAT_PROJECT_ID');
export const apiKey = required('COMPAT_API_KEY');
export const consoleEmail = required('COMPAT_CONSOLE_EMAIL');
export const consolePassword = required('COMPAT_CONSOLE_PASSWORD');

/**
 * The messages the server wrote to its outbox (the e-mail and SMS Appwrite would send; the demo server has it on),
 * oldest first. Reading the file is the test's side of the mail server.
 */
export function outboxMessages() {
    const file = process.env.COMPAT_OUTBOX;
    if (!file)
        throw new Error('COMPAT_OUTBOX is not set: run the tests through tests/compat/run-compat.sh');
    return readFileSync(file, 'utf8').split('\n').filter((line) => line).map((line) => JSON.parse(line));
}

/** Appwrite's datetime format `Y-m-d\TH:i:s.vP` as emitted for UTC. */
export const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00$/;
/** `ID.unique()` expanded by the server: 20 lowercase hex chars. */
export const UNIQUE_ID = /^[0-9a-f]{20}$/;

/** Random lowercase hex, for IDs, e-mails and labels unique to this run. */
export const hex = (n = 8) => randomBytes(Math.ceil(n / 2)).toString('hex').slice(0, n);

// Assertions are counted per file and reported at the end (see the report in the ctest output).
// The SDKs parse JSON with json-bigint, whose objects have a null prototype: deep comparisons compare the
// JSON data (a JSON round trip of both sides), not the prototypes.
let assertions = 0;
const asJson = (v) => (v !== null && typeof v === 'object' ? JSON.parse(JSON.stringify(v)) : v);
export const assert = new Proxy(nodeAssert, {
    get(target, prop) {
        const value = target[prop];
        if (typeof value !== 'function')
            return value;
        const deep = prop === 'deepEqual' || prop === 'notDeepEqual';
        return (...args) => {
            assertions++;
            if (deep)
                args = [asJson(args[0]), asJson(args[1]), ...args.slice(2)];
            return value.apply(target, args);
        };
    },
    apply(target, self, args) {
        assertions++;
        return target.apply(self, args);
    },
});
after(() => {
    process.stdout.write(`# assertions: ${assertions}\n`);
});

/**
 * Awaits an SDK promise that must reject with an AppwriteException carrying Appwrite's HTTP code and error
 * type, and whose raw response is Appwrite's error body {message, code, type, version}.
 */
export async function expectAppwriteError(promise, { code, type, message }) {
    let error = null;
    try {
        const value = await promise;
        error = null;
        nodeAssert.fail(`expected AppwriteException ${code} ${type}, got success: ${JSON.stringify(value)?.slice(0, 400)}`);
    } catch (e) {
        if (e instanceof nodeAssert.AssertionError)
            throw e;
        error = e;
    }
    const detail = `(got ${error?.code} ${error?.type}: ${error?.message}; response ${String(error?.response).slice(0, 300)})`;
    assert.equal(error?.name, 'AppwriteException', `not an AppwriteException: ${error?.stack ?? error}`);
    assert.equal(error.code, code, `HTTP code ${detail}`);
    assert.equal(error.type, type, `error type ${detail}`);
    if (message instanceof RegExp)
        assert.match(error.message, message, `message ${detail}`);
    else if (typeof message === 'string')
        assert.equal(error.message, message, `message ${detail}`);
    let body = null;
    try {
        body = JSON.parse(error.response);
    } catch {
        // fall through to the assertion below
    }
    assert.ok(body && typeof body === 'object', `response is not Appwrite's JSON error body ${detail}`);
    assert.deepEqual(Object.keys(body).sort(), ['code', 'message', 'type', 'version'], `error body keys ${detail}`);
    assert.equal(body.code, code, `error body code ${detail}`);
    assert.equal(typeof body.version, 'string', `error body version ${detail}`);
    return error;
}

/**
 * Awaits an SDK promise that must not fail with any of the given error types: used for "the toggle no
 * longer blocks" (the call may still fail for another reason, e.g. no SMTP server, but the route must exist).
 */
export async function expectNotAppwriteError(promise, ...types) {
    try {
        return await promise;
    } catch (e) {
        if (e?.name !== 'AppwriteException')
            throw e;
        for (const type of types)
            assert.notEqual(e.type, type, `unexpected ${e.code} ${e.type}: ${e.message}`);
        return e;
    }
}

/** Milliseconds between an Appwrite datetime and now (positive = in the future). */
export const fromNow = (datetime) => Date.parse(datetime) - Date.now();
