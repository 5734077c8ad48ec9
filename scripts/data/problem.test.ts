import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem';

describe('formatProblem', () => {
  it('writes file, path and reason on one line', () => {
    expect(formatProblem({ file: 'a.json', path: '/x', reason: 'is wrong' })).toBe(
      'a.json: /x: is wrong',
    );
    expect(formatProblem({ file: 'a.json', path: '', reason: 'is missing' })).toBe(
      'a.json: is missing',
    );
  });

  it('shows line breaks, a BOM and other invisible characters as escapes', () => {
    expect(
      formatProblem({ file: 'a\nb.json', path: '/k\u2028', reason: 'near "\uFEFF{\r\n\u202e"' }),
    ).toBe('a\\nb.json: /k\\u2028: near "\\ufeff{\\u000d\\n\\u202e"');
  });
});
