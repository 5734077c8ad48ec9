import { describe, expect, it } from 'vitest';
import { csvCell, measuresToCsv } from './csv';
import { actor, measure } from './testing/fixtures';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-2', "'-2"],
  ])('%j -> %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('measuresToCsv', () => {
  const csv = measuresToCsv([
    actor('KOR', [measure('kor-a', { start: '2016-03-08' })]),
    actor('JPN', [
      measure('jpn-a', { start: '2016', end: '2017-01', endReason: 'lifted' }),
      measure('jpn-b', {
        sources: [
          { title: 'One', publisher: 'P1', date: '2016-01', url: 'https://a.example/1' },
          {
            title: 'Two, with comma',
            publisher: 'P2',
            date: 'n.d.',
            url: 'https://b.example/2',
            quote: 'q',
          },
        ],
      }),
    ]),
  ]);
  const lines = csv.trimEnd().split('\r\n');

  it('has a header and one row per measure, actors in code order', () => {
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['jpn-a', 'jpn-b', 'kor-a']);
  });

  it('numbers source columns up to the most sources any measure has', () => {
    const header = lines[0]?.split(',') ?? [];
    expect(header).toContain('source_2_url');
    expect(header).not.toContain('source_3_url');
    expect(lines[2]).toContain('"Two, with comma",P2,n.d.,https://b.example/2,q');
  });

  it('records the precision of the start date', () => {
    const header = lines[0]?.split(',') ?? [];
    const row = lines[1]?.split(',') ?? [];
    expect(row[header.indexOf('start')]).toBe('2016');
    expect(row[header.indexOf('start_precision')]).toBe('year');
    expect(row[header.indexOf('end_reason')]).toBe('lifted');
  });
});
