import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonicalUrl';

describe('CANONICAL_URL', () => {
  it.each([
    [undefined, ''],
    ['', ''],
    ['  ', ''],
    ['https://example.org', 'https://example.org/'],
    ['https://example.org/maps/dprk', 'https://example.org/maps/dprk/'],
    ['https://example.org/maps/dprk/', 'https://example.org/maps/dprk/'],
    [' https://Example.org/map/ ', 'https://example.org/map/'],
  ])('%j is cited as %j', (value, expected) => {
    expect(canonicalUrl(value)).toBe(expected);
  });

  it.each([
    ['example.org/map', 'is not an absolute URL'],
    ['http://example.org/', 'is not an https address'],
    ['javascript:alert(1)', 'is not an https address'],
    ['https://me:pw@example.org/', 'holds credentials'],
    ['https://example.org/?date=2016-03', 'has a query or fragment'],
    ['https://example.org/#x', 'has a query or fragment'],
  ])('refuses %j: it %s', (value, reason) => {
    expect(() => canonicalUrl(value)).toThrow(reason);
  });
});
