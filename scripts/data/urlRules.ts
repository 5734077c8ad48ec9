import { domainToUnicode } from 'node:url';

/**
 * What a source URL must be: https, with no credentials, on a public host name. A link to a
 * loopback, private-range or bare IP address, or to a local name, is no source a reader can open
 * (and points the reader's browser at their own network); a host name that mixes scripts in one
 * label (a Cyrillic letter among Latin ones) is a look-alike of another site.
 */
export function urlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'is not an https URL';
  }
  if (u.protocol !== 'https:' || u.username !== '' || u.password !== '') {
    return 'is not an https URL';
  }
  const host = u.hostname.replace(/\.$/, '');
  const ip = ipKind(host);
  if (ip !== null) return `is on a bare IP address (${host}, ${ip}), not a public host name`;
  const labels = host.split('.');
  const top = labels.slice(-2).join('.');
  if (labels.length < 2 || LOCAL_NAMES.has(labels.at(-1) ?? '') || LOCAL_NAMES.has(top)) {
    return `is on a local host name (${host}), not a public one`;
  }
  const unicode = domainToUnicode(host).split('.');
  for (const [i, label] of unicode.entries()) {
    const scripts = scriptsOf(label);
    if (scripts.length > 1) {
      return `mixes scripts in its host name (${scripts.join(' and ')} in ${JSON.stringify(label)}, ${labels[i] ?? ''}), as a look-alike of another site would`;
    }
  }
  return null;
}

/** Top-level names (and `home.arpa`) that never reach the public internet (RFC 6761, 8375). */
const LOCAL_NAMES = new Set([
  'localhost',
  'local',
  'internal',
  'lan',
  'home',
  'corp',
  'intranet',
  'test',
  'invalid',
  'home.arpa',
]);

/** What kind of IP address a host is, or null when it is a name. The URL parser has already
 * rewritten the other spellings of an IPv4 address (`0x7f.1`, `2130706433`) as dotted decimal. */
function ipKind(host: string): string | null {
  if (host.startsWith('[')) {
    const v6 = host.slice(1, -1).toLowerCase();
    if (v6 === '::1') return 'loopback';
    if (/^f[cd]/.test(v6)) return 'private range';
    if (/^fe[89ab]/.test(v6)) return 'link-local';
    return 'IPv6';
  }
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a === 127) return 'loopback';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) {
    return 'private range';
  }
  if (a === 169 && b === 254) return 'link-local';
  if (a === 0) return 'unspecified';
  return 'IPv4';
}

const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  // Japanese writes Han with kana, Korean Han with Hangul, and both mix in Latin letters
  // (UTS #39's "highly restrictive" level): one group, so those names are not refused.
  [
    'CJK',
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u,
  ],
];

/** The scripts of a label's letters (digits and hyphens have none), Latin dropped beside CJK. */
function scriptsOf(label: string): string[] {
  const found = new Set<string>();
  for (const char of label) {
    if (!/\p{L}/u.test(char)) continue;
    found.add(SCRIPTS.find(([, re]) => re.test(char))?.[0] ?? 'another script');
  }
  if (found.has('CJK')) found.delete('Latin');
  return [...found];
}
