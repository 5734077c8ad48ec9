import { describe, expect, it } from 'vitest';
import { safeHref } from './SourceLink';

describe('safeHref', () => {
  it('links only well-formed https addresses, the same answer each time it is asked', () => {
    for (let round = 0; round < 2; round++) {
      expect(safeHref('https://www.mofa.go.jp/a b')).toBe('https://www.mofa.go.jp/a%20b');
      expect(safeHref('http://www.mofa.go.jp/')).toBeNull();
      expect(safeHref('javascript:alert(1)')).toBeNull();
      expect(safeHref('not a url')).toBeNull();
    }
  });
});
