import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, normalizeCategories } from '../model/categories';
import { addMonths, monthIndex, parseMonth, type Month } from '../model/month';
import type { ActorId } from '../model/types';
import { decodeView, encodeView } from './urlCodec';
import { defaultView, type View, type ViewContext } from './view';

const ACTORS = new Set(['JPN', 'KOR', 'USA', 'DEU', 'EU', 'UN', 'PRK']);
const ctx: ViewContext = {
  minMonth: '2006-07' as Month,
  maxMonth: '2026-11' as Month,
  defaultMonth: '2026-11' as Month,
  isActor: (id) => ACTORS.has(id),
};

function isValidView(v: View): boolean {
  return (
    parseMonth(v.date) === v.date &&
    v.date >= ctx.minMonth &&
    v.date <= ctx.maxMonth &&
    normalizeCategories(v.measures).join() === v.measures.join() &&
    (v.country === null || ACTORS.has(v.country)) &&
    typeof v.embed === 'boolean'
  );
}

describe('decodeView', () => {
  it.each([
    ['', defaultView(ctx)],
    ['?date=2016-03', { ...defaultView(ctx), date: '2016-03' }],
    [
      '?date=2016-03&measures=port_ban,labor_restriction&country=JPN',
      {
        date: '2016-03',
        measures: ['port_ban', 'labor_restriction'],
        country: 'JPN',
        embed: false,
      },
    ],
    // Order and duplicates in the URL do not matter; the view keeps the canonical order.
    [
      '?measures=labor_restriction,port_ban,port_ban',
      { ...defaultView(ctx), measures: ['port_ban', 'labor_restriction'] },
    ],
    ['?measures=none', { ...defaultView(ctx), measures: [] }],
    ['?country=jpn', { ...defaultView(ctx), country: 'JPN' }],
    ['?country=EU&embed=1', { ...defaultView(ctx), country: 'EU', embed: true }],
  ])('%s', (search, expected) => {
    expect(decodeView(search, ctx)).toEqual(expected);
  });

  it.each([
    ['date=2016-13', 'date'],
    ['date=2005-12', 'date'],
    ['date=2031-01', 'date'],
    ['date=<script>alert(1)</script>', 'date'],
    ['measures=bogus', 'measures'],
    ['measures=', 'measures'],
    ['country=XXX', 'country'],
    ['country=<img src=x onerror=alert(1)>', 'country'],
    ['embed=yes', 'embed'],
  ] as const)('%s falls back to the default %s and keeps the other parameters', (bad, key) => {
    const good: View = {
      date: '2016-03' as Month,
      measures: ['trade_ban'],
      country: 'KOR' as ActorId,
      embed: true,
    };
    const params = new URLSearchParams(encodeView(good));
    params.delete(key);
    const decoded = decodeView(`?${bad}&${params.toString()}`, ctx);
    expect(decoded).toEqual({ ...good, [key]: defaultView(ctx)[key] });
  });

  it('keeps the valid categories of a partly bad list', () => {
    expect(decodeView('?measures=port_ban,<b>,trade_ban', ctx).measures).toEqual([
      'port_ban',
      'trade_ban',
    ]);
  });

  it('reads the first of repeated keys', () => {
    expect(decodeView('?date=2016-03&date=2017-01', ctx).date).toBe('2016-03');
  });

  it('ignores a huge value rather than parsing it', () => {
    expect(decodeView(`?measures=${'port_ban,'.repeat(10_000)}`, ctx).measures).toEqual(CATEGORIES);
  });

  it('never throws and always yields a valid view, whatever the query', () => {
    const hostile = fc.constantFrom(
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      '%00',
      '%E0%A4%A',
      '\u202e\u0000',
      '🇰🇵',
      '2016-03',
      '2016-02-30',
      '9999-12',
      '0000-01',
      'port_ban,labor_restriction',
      'none',
      'JPN',
      'eu',
      '1',
      '',
      'x'.repeat(5000),
    );
    const key = fc.constantFrom(
      'date',
      'measures',
      'country',
      'embed',
      'v',
      'lang',
      'story',
      '__proto__',
      'constructor',
      '',
    );
    const query = fc
      .array(fc.tuple(key, fc.oneof(hostile, fc.string(), fc.string({ unit: 'binary' }))), {
        maxLength: 8,
      })
      .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);
    fc.assert(
      fc.property(fc.oneof(query, fc.string(), fc.string({ unit: 'binary' })), (search) => {
        expect(isValidView(decodeView(search, ctx))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('encodeView', () => {
  it('writes legible values, the date always', () => {
    expect(encodeView(defaultView(ctx))).toBe('?date=2026-11');
    expect(
      encodeView({
        date: '2016-03' as Month,
        measures: ['port_ban', 'labor_restriction'],
        country: 'JPN' as ActorId,
        embed: false,
      }),
    ).toBe('?date=2016-03&measures=port_ban,labor_restriction&country=JPN');
    expect(encodeView({ ...defaultView(ctx), measures: [] })).toBe('?date=2026-11&measures=none');
    expect(encodeView({ ...defaultView(ctx), embed: true })).toBe('?date=2026-11&embed=1');
  });

  it('round-trips every valid view', () => {
    const span = monthIndex(ctx.maxMonth) - monthIndex(ctx.minMonth);
    const view = fc.record({
      date: fc.integer({ min: 0, max: span }).map((i) => addMonths(ctx.minMonth, i)),
      measures: fc.subarray([...CATEGORIES]).map((cs) => normalizeCategories(cs)),
      country: fc.constantFrom(null, ...[...ACTORS].map((a) => a as ActorId)),
      embed: fc.boolean(),
    });
    fc.assert(
      fc.property(view, (v) => {
        expect(decodeView(encodeView(v), ctx)).toEqual(v);
      }),
      { numRuns: 2000 },
    );
  });
});
