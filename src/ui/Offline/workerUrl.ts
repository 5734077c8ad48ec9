/**
 * The page's policy requires Trusted Types for script URLs (`require-trusted-types-for
 * 'script'`), and a service worker's address is one: registering it with a plain string is
 * refused. This policy vouches for one address only, the build's own worker on the page's
 * origin; anything else throws. Where the browser has no Trusted Types, the string is used.
 */
/** The part of the browser's Trusted Types API the page's policies use. */
export interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(input: string): string },
  ): { createScriptURL(input: string): unknown };
}

let policy: { createScriptURL(input: string): unknown } | null = null;

export function workerScriptUrl(url: string, origin: string, expected: string): string {
  const resolved = new URL(url, origin);
  if (resolved.origin !== origin || resolved.pathname !== expected)
    throw new Error(`not the app's service worker: ${url}`);
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url;
  policy ??= tt.createPolicy('offline-worker', {
    createScriptURL: (input) => {
      const u = new URL(input, origin);
      if (u.origin !== origin || u.pathname !== expected)
        throw new Error(`not the app's service worker: ${input}`);
      return input;
    },
  });
  // A TrustedScriptURL, which register() takes where it takes a string.
  return policy.createScriptURL(url) as string;
}
