import { afterEach, describe, expect, it } from 'vitest';
import { workerScriptUrl } from './workerUrl';

const ORIGIN = 'https://example.org';

describe('workerScriptUrl', () => {
  afterEach(() => {
    delete (globalThis as { trustedTypes?: unknown }).trustedTypes;
  });

  it('passes the app’s own worker, as a string where there are no Trusted Types', () => {
    expect(workerScriptUrl('/maps/sw.js', ORIGIN, '/maps/sw.js')).toBe('/maps/sw.js');
  });

  it('refuses any other address, on another origin or path', () => {
    expect(() => workerScriptUrl('https://evil.example/sw.js', ORIGIN, '/sw.js')).toThrow();
    expect(() => workerScriptUrl('/other.js', ORIGIN, '/sw.js')).toThrow();
  });

  it('wraps the address through a Trusted Types policy where the browser has them', () => {
    const made: string[] = [];
    (globalThis as { trustedTypes?: unknown }).trustedTypes = {
      createPolicy: (name: string, rules: { createScriptURL(s: string): string }) => {
        made.push(name);
        return { createScriptURL: (s: string) => ({ trusted: rules.createScriptURL(s) }) };
      },
    };
    expect(workerScriptUrl('/sw.js', ORIGIN, '/sw.js')).toEqual({ trusted: '/sw.js' });
    expect(made).toEqual(['offline-worker']);
  });
});
