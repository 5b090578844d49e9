// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The minimum of a browser the console SDK (@appwrite.io/console) looks for, so that in Node it behaves
// exactly as in a web page served from another domain than the API: it stores the `X-Fallback-Cookies`
// response header in window.localStorage['cookieFallback'] and sends it back as the `X-Fallback-Cookies`
// request header (dist/esm/sdk.js, Client.prepareRequest / Client.call). Node's fetch keeps no cookies, as
// a cross-site browser would not send third-party cookies. The SDK reads nothing else from `window` for
// REST calls (no document, navigator or location access), so nothing else is stubbed.

class MemoryStorage {
    #items = new Map();
    get length() { return this.#items.size; }
    key(index) { return [...this.#items.keys()][index] ?? null; }
    getItem(key) { return this.#items.has(String(key)) ? this.#items.get(String(key)) : null; }
    setItem(key, value) { this.#items.set(String(key), String(value)); }
    removeItem(key) { this.#items.delete(String(key)); }
    clear() { this.#items.clear(); }
}

/** Messages the SDK passed to window.console.warn (it warns when it falls back to localStorage). */
export const sdkWarnings = [];

export const localStorage = new MemoryStorage();

globalThis.window = {
    localStorage,
    console: { ...console, warn: (...args) => sdkWarnings.push(args.map(String).join(' ')) },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
};
