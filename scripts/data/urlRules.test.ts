import { describe, expect, it } from 'vitest';
import { urlProblem } from './urlRules';

describe('urlProblem', () => {
  it.each([
    'https://www.mofa.go.jp/a/b.html',
    'https://www.un.org/securitycouncil/',
    'https://пример.рф/',
    'https://한국.kr/',
    'https://日本語テスト.jp/',
    'https://abcテスト.jp/',
    'https://example.org./trailing-dot',
    'https://www.gov.uk:443/x?y=1#z',
  ])('accepts %s', (url) => {
    expect(urlProblem(url)).toBeNull();
  });

  it.each([
    ['http://example.org/', 'is not an https URL'],
    ['not a url', 'is not an https URL'],
    ['https://a:b@example.org/', 'is not an https URL'],
    [
      'https://2130706433/',
      'is on a bare IP address (127.0.0.1, loopback), not a public host name',
    ],
    [
      'https://172.20.1.1/',
      'is on a bare IP address (172.20.1.1, private range), not a public host name',
    ],
    [
      'https://169.254.169.254/',
      'is on a bare IP address (169.254.169.254, link-local), not a public host name',
    ],
    [
      'https://[fd00::1]/',
      'is on a bare IP address ([fd00::1], private range), not a public host name',
    ],
    ['https://intranet/', 'is on a local host name (intranet), not a public one'],
    ['https://api.localhost/', 'is on a local host name (api.localhost), not a public one'],
    ['https://router.home.arpa/', 'is on a local host name (router.home.arpa), not a public one'],
    [
      'https://раypal.com/',
      'mixes scripts in its host name (Cyrillic and Latin in "раypal", xn--ypal-43d9g), as a look-alike of another site would',
    ],
    [
      'https://gοv.uk/',
      'mixes scripts in its host name (Latin and Greek in "gοv", xn--gv-jbc), as a look-alike of another site would',
    ],
  ])('refuses %s', (url, reason) => {
    expect(urlProblem(url)).toBe(reason);
  });
});
