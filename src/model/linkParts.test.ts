import { describe, expect, it } from 'vitest';
import { linkParts } from './linkParts';

const known = new Set([
  'kwt-2017-direct-flights-halted',
  'eu-2006-restrictive-measures-introduced',
]);
const parts = (text: string) => linkParts(text, (id) => known.has(id));

describe('linkParts', () => {
  it.each([
    ['plain text', 'No link here.', [{ kind: 'text', text: 'No link here.' }]],
    [
      'a measure id in brackets',
      'Announced later (see kwt-2017-direct-flights-halted).',
      [
        { kind: 'text', text: 'Announced later (see ' },
        {
          kind: 'measure',
          text: 'kwt-2017-direct-flights-halted',
          id: 'kwt-2017-direct-flights-halted',
        },
        { kind: 'text', text: ').' },
      ],
    ],
    [
      'an id-like word that is no measure',
      'see abc-2017-not-a-measure and re-filed-twice',
      [{ kind: 'text', text: 'see abc-2017-not-a-measure and re-filed-twice' }],
    ],
    [
      'an https address, closing punctuation left out',
      'the ministry (https://example.org/a-b-c/2017-08-10). Then',
      [
        { kind: 'text', text: 'the ministry (' },
        {
          kind: 'url',
          text: 'https://example.org/a-b-c/2017-08-10',
          url: 'https://example.org/a-b-c/2017-08-10',
        },
        { kind: 'text', text: '). Then' },
      ],
    ],
    [
      'an id inside an address is part of the address',
      'https://example.org/eu-2006-restrictive-measures-introduced',
      [
        {
          kind: 'url',
          text: 'https://example.org/eu-2006-restrictive-measures-introduced',
          url: 'https://example.org/eu-2006-restrictive-measures-introduced',
        },
      ],
    ],
    [
      'an http address stays text',
      'http://example.org/a',
      [{ kind: 'text', text: 'http://example.org/a' }],
    ],
    [
      'two ids',
      'eu-2006-restrictive-measures-introduced, kwt-2017-direct-flights-halted',
      [
        {
          kind: 'measure',
          text: 'eu-2006-restrictive-measures-introduced',
          id: 'eu-2006-restrictive-measures-introduced',
        },
        { kind: 'text', text: ', ' },
        {
          kind: 'measure',
          text: 'kwt-2017-direct-flights-halted',
          id: 'kwt-2017-direct-flights-halted',
        },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it('keeps every character of the text, in order', () => {
    const text = 'a (see kwt-2017-direct-flights-halted; https://x.org/y.) z';
    expect(
      parts(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});
