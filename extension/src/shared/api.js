// The WebExtension namespace: Firefox's promise-based `browser`, else Chromium's `chrome`
// (whose MV3 APIs return promises too).
export const api = globalThis.browser ?? globalThis.chrome;
