import { describe, expect, it } from 'vitest';
import { scanTexts, textLimit, DEFAULT_TEXT_LIMIT, type TextIssue } from './dataBounds';
import { textProblem } from './textRules';

describe('textProblem', () => {
  it.each([
    ['Japan', null],
    ['', null],
    ['대한민국', null],
    ['Côte d’Ivoire', null],
    ['👩‍👩‍👧 family, with joiners between letters', null],
    ['a\u200bb', null],
    ['x'.repeat(101), 'is 101 characters long; the most this field may hold is 100'],
    ['a\u0000', 'holds a control character (U+0000) at character 2'],
    ['a\tb', 'holds a control character (U+0009) at character 2'],
    ['a\r\nb', 'holds a control character (U+000D) at character 2'],
    ['\u0085', 'holds a control character (U+0085) at character 1'],
    [
      '\u202a',
      'holds a bidirectional control (U+202A) at character 1, which can reverse how the text reads',
    ],
    [
      'a\u2069',
      'holds a bidirectional control (U+2069) at character 2, which can reverse how the text reads',
    ],
    ['\udc00', 'holds a broken character (a lone surrogate, U+DC00) at character 1'],
    ['a\ud83d', 'holds a broken character (a lone surrogate, U+D83D) at character 2'],
    ['😀\ude00', 'holds a broken character (a lone surrogate, U+DE00) at character 3'],
    ['\ud83d\ud83d\ude00', 'holds a broken character (a lone surrogate, U+D83D) at character 1'],
    ['𠀋😀 ext-B and emoji', null],
    ['\u200b', 'holds only invisible characters'],
    ['\ufeff\u2060', 'holds only invisible characters'],
    ['   ', 'holds only invisible characters'],
    ['\u3000\u00a0', 'holds only invisible characters'],
    ['\u2800', 'holds only invisible characters'],
    ['\u0301', 'holds only invisible characters'],
  ])('%j -> %j', (text, expected) => {
    expect(textProblem(text, 100)).toBe(expected);
  });
});

describe('scanTexts', () => {
  it('checks every text with the limit of its key, lists by the key that holds them', () => {
    const issues: TextIssue[] = [];
    const characters = scanTexts(
      {
        version: 'v'.repeat(65),
        measures: [{ summary: 'fine', aliases: ['ok', '\u202e'] }],
        'a/b': 'x\u0000',
        other: 'y'.repeat(DEFAULT_TEXT_LIMIT + 1),
      },
      (issue) => issues.push(issue),
    );
    expect(issues).toEqual([
      { path: '/version', reason: 'is 65 characters long; the most this field may hold is 64' },
      {
        path: '/measures/0/aliases/1',
        reason:
          'holds a bidirectional control (U+202E) at character 1, which can reverse how the text reads',
      },
      { path: '/a~1b', reason: 'holds a control character (U+0000) at character 2' },
      {
        path: '/other',
        reason: `is ${DEFAULT_TEXT_LIMIT + 1} characters long; the most this field may hold is ${DEFAULT_TEXT_LIMIT}`,
      },
    ]);
    expect(characters).toBe(65 + 4 + 2 + 1 + 2 + DEFAULT_TEXT_LIMIT + 1);
  });

  it('gives a title a few hundred characters, a quote about a thousand, other keys the default', () => {
    expect(textLimit('title')).toBe(300);
    expect(textLimit('quote')).toBe(1000);
    expect(textLimit('constructor')).toBe(DEFAULT_TEXT_LIMIT);
  });
});
