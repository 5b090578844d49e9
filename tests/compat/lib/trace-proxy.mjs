// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Optional HTTP trace (COMPAT_TRACE=1 or COMPAT_TRACE=<file>): a pass-through proxy between the SDKs and the
// server that logs every request and response verbatim. It never changes what is sent or answered; it only
// exists to document, in a report, exactly what an official SDK sent and what the server replied.
import { createServer, request as httpRequest } from 'node:http';
import { createWriteStream } from 'node:fs';

const MAX_BODY_LOG = 4000;

function clip(buffer) {
    const text = buffer.toString('utf8');
    return text.length > MAX_BODY_LOG ? `${text.slice(0, MAX_BODY_LOG)}… (${text.length} chars)` : text;
}

/** Starts the proxy; resolves to { endpoint, close() } where endpoint replaces the server's endpoint. */
export async function startTraceProxy(targetEndpoint, destination) {
    const target = new URL(targetEndpoint);
    const out = destination === '1' || destination === 'stderr' ? process.stderr : createWriteStream(destination, { flags: 'a' });
    let counter = 0;
    const server = createServer((req, res) => {
        const id = ++counter;
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            const body = Buffer.concat(chunks);
            const headers = { ...req.headers, host: target.host };
            const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (up) => {
                const rchunks = [];
                up.on('data', (c) => rchunks.push(c));
                up.on('end', () => {
                    const rbody = Buffer.concat(rchunks);
                    const reqHeaders = Object.entries(req.headers)
                        .filter(([k]) => /^(x-appwrite|x-fallback|cookie|content-type|x-sdk-name|origin)/i.test(k))
                        .map(([k, v]) => `    ${k}: ${v}`).join('\n');
                    const resHeaders = Object.entries(up.headers)
                        .filter(([k]) => /^(set-cookie|x-fallback|content-type|x-appwrite)/i.test(k))
                        .map(([k, v]) => `    ${k}: ${Array.isArray(v) ? v.join(' | ') : v}`).join('\n');
                    out.write(`#${id} ${req.method} ${decodeURIComponent(req.url)}\n${reqHeaders}\n` +
                        (body.length ? `  > ${clip(body)}\n` : '') +
                        `  < ${up.statusCode}\n${resHeaders}\n` + (rbody.length ? `  < ${clip(rbody)}\n` : '') + '\n');
                    res.writeHead(up.statusCode, up.headers);
                    res.end(rbody);
                });
            });
            upstream.on('error', (e) => {
                out.write(`#${id} ${req.method} ${req.url} -> proxy error ${e.message}\n`);
                res.writeHead(502);
                res.end();
            });
            upstream.end(body);
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        endpoint: `http://127.0.0.1:${port}${target.pathname}`.replace(/\/+$/, ''),
        close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
    };
}
