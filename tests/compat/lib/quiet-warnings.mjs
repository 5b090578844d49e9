// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Imported by env.mjs: prints each distinct console.warn message once. The SDKs warn on every response
// that carries X-Appwrite-Warning (the server reports 1.7.5 while node-appwrite speaks 1.9.5, exactly as
// Appwrite 1.7.5 itself does), which would otherwise bury the test output.
const seen = new Set();
const warn = console.warn.bind(console);
console.warn = (...args) => {
    const key = args.map(String).join(' ');
    if (seen.has(key))
        return;
    seen.add(key);
    warn(...args);
};
