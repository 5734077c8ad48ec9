import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, normalizeCategories } from '../model/categories';
import { MAX_YEAR, MIN_YEAR } from '../model/dateBounds';
import { addMonths, makeMonth, monthIndex, parseMonth, type Month } from '../model/month';
import { earliestMonth, parsePartialDate } from '../model/partialDate';
import { timelineRange } from '../model/timeline';
import type { ActorId } from '../model/types';
import { FOCUS_REGIONS, LENSES, SCOPES, type View } from '../model/view';
import { DEFAULT_CHROME, type Chrome } from './chrome';
import { decodeUrl, encodeUrl } from './urlCodec';
import type { ViewContext } from './viewContext';
import { defaultView, normalizeView, VIEW_FIELDS, VIEW_KEYS, viewFor } from './viewFields';

const ACTORS = new Set(['JPN', 'KOR', 'USA', 'DEU', 'EU', 'UN', 'PRK']);
const RESOLUTIONS = ['1718', '2270', '2397'];
const ctx: ViewContext = {
  minMonth: '2006-07' as Month,
  maxMonth: '2026-11' as Month,
  defaultMonth: '2026-11' as Month,
  isActor: (id) => ACTORS.has(id),
  isResolution: (id) => RESOLUTIONS.includes(id),
};
const decode = (search: string) => decodeUrl(search, ctx).view;
const encode = (view: View) => encodeUrl(view, DEFAULT_CHROME, null);
const base = defaultView(ctx);

function isValidView(v: View): boolean {
  const inRange = (m: Month | null) =>
    m === null || (parseMonth(m) === m && m >= ctx.minMonth && m <= ctx.maxMonth);
  return (
    inRange(v.date) &&
    normalizeCategories(v.categories).join() === v.categories.join() &&
    SCOPES.includes(v.scope) &&
    LENSES.includes(v.lens) &&
    inRange(v.compare) &&
    (v.compare === null) === (v.lens !== 'compare') &&
    (v.resolution === null) === (v.lens !== 'resolution') &&
    (v.resolution === null || RESOLUTIONS.includes(v.resolution)) &&
    (v.actor === null || ACTORS.has(v.actor)) &&
    v.highlight.every((id) => ACTORS.has(id)) &&
    FOCUS_REGIONS.includes(v.focus)
  );
}

describe('the View table', () => {
  it('has one entry per View field, each with a distinct URL parameter', () => {
    expect([...VIEW_KEYS].sort()).toEqual(Object.keys(base).sort());
    const params = VIEW_KEYS.map((k) => VIEW_FIELDS[k].param);
    expect(new Set(params).size).toBe(params.length);
  });

  it('says what travels to an export: not the panel, nor the region framed', () => {
    const view: View = {
      ...base,
      actor: 'JPN' as ActorId,
      highlight: ['KOR' as ActorId],
      focus: 'europe',
    };
    expect(viewFor(view, 'export', ctx)).toEqual({ ...view, actor: null, focus: 'world' });
    expect(viewFor(view, 'embed', ctx)).toEqual(view);
  });
});

describe('decodeUrl', () => {
  it.each([
    ['', base],
    ['?date=2016-03', { ...base, date: '2016-03' }],
    [
      '?date=2016-03&measures=port_ban,labor_restriction&country=JPN',
      { ...base, date: '2016-03', categories: ['port_ban', 'labor_restriction'], actor: 'JPN' },
    ],
    // Order and duplicates in the URL do not matter; the view keeps the canonical order.
    [
      '?measures=labor_restriction,port_ban,port_ban',
      { ...base, categories: ['port_ban', 'labor_restriction'] },
    ],
    ['?measures=none', { ...base, categories: [] }],
    ['?country=jpn', { ...base, actor: 'JPN' }],
    ['?lens=basis', { ...base, lens: 'basis' }],
    // A lens that does not read the scope drops it.
    ['?lens=joint&scope=autonomous', { ...base, lens: 'joint' }],
    ['?lens=basis&scope=autonomous', { ...base, lens: 'basis' }],
    [
      '?compare=2016-01&scope=autonomous',
      { ...base, lens: 'compare', compare: '2016-01', scope: 'autonomous' },
    ],
    // A lens argument implies its lens.
    ['?compare=2016-01', { ...base, lens: 'compare', compare: '2016-01' }],
    ['?resolution=2397', { ...base, lens: 'resolution', resolution: '2397' }],
    // A lens named outright wins over an argument it does not use.
    ['?lens=basis&compare=2016-01', { ...base, lens: 'basis' }],
    // A lens without its argument is the default lens.
    ['?lens=compare', base],
    ['?lens=resolution&resolution=9999', base],
    ['?highlight=JPN,KOR,JPN,XXX', { ...base, highlight: ['JPN', 'KOR'] }],
    ['?focus=east-asia', { ...base, focus: 'east-asia' }],
    ['?focus=world', base],
    // A well-formed month outside the timeline opens its nearest end.
    ['?date=2005-06', { ...base, date: '2006-07' }],
    ['?date=2030-01', { ...base, date: '2026-11' }],
  ])('%s', (search, expected) => {
    expect(decode(search)).toEqual(expected);
  });

  it('reads the chrome and the data version apart from the view', () => {
    const decoded = decodeUrl('?date=2016-03&embed=1&timeline=0&data=59ff0d6768f1', ctx);
    expect(decoded.view).toEqual({ ...base, date: '2016-03' });
    expect(decoded.chrome).toEqual({ ...DEFAULT_CHROME, embed: true, timeline: false });
    expect(decoded.dataVersion).toBe('59ff0d6768f1');
    expect(decodeUrl('?data=<b>', ctx).dataVersion).toBeNull();
  });

  it.each([
    ['?tab=table', 'table'],
    ['?tab=map', 'map'],
    ['?tab=chart', 'map'],
    ['?tab=', 'map'],
    ['', 'map'],
  ])('reads the tab from %j as chrome: %s', (search, tab) => {
    const decoded = decodeUrl(search, ctx);
    expect(decoded.chrome.tab).toBe(tab);
    expect(decoded.view).toEqual(base);
  });

  it('writes the table tab, and leaves the map (the default) out', () => {
    expect(encodeUrl(base, { ...DEFAULT_CHROME, tab: 'table' }, null)).toBe(
      '?date=2026-11&tab=table',
    );
    expect(encodeUrl(base, DEFAULT_CHROME, null)).toBe('?date=2026-11');
  });

  it.each([
    [
      '?speed=1s&from=2016-01&to=2019-12&pause=events',
      { speed: '1s', playFrom: '2016-01', playTo: '2019-12', pauseAtEvents: true },
    ],
    ['?story=rebirth&step=3', { story: 'rebirth', step: 3 }],
    ['?story=rebirth', { story: 'rebirth', step: 1 }],
    [
      '?present=1&story=labour-loophole&step=12',
      { present: true, story: 'labour-loophole', step: 12 },
    ],
    // Each bad value falls back alone.
    ['?speed=fast&from=2016-01', { playFrom: '2016-01' }],
    ['?from=2016-13&to=2019-12', { playTo: '2019-12' }],
    ['?from=2019-12&to=2016-01', {}],
    ['?pause=1', {}],
    ['?story=<b>&step=3', {}],
    ['?story=Rebirth', {}],
    ['?story=rebirth&step=0', { story: 'rebirth' }],
    ['?story=rebirth&step=x', { story: 'rebirth' }],
    ['?story=rebirth&step=100', { story: 'rebirth' }],
    ['?step=3', {}],
  ] as const)('reads the play settings and the story of %s', (search, chrome) => {
    expect(decodeUrl(search, ctx).chrome).toEqual({ ...DEFAULT_CHROME, ...chrome });
  });

  it('writes the play settings and the story, and reads them back', () => {
    const chrome: Chrome = {
      ...DEFAULT_CHROME,
      speed: '2s',
      playFrom: '2016-01' as Month,
      playTo: '2016-03' as Month,
      pauseAtEvents: true,
      story: 'rebirth',
      step: 4,
    };
    const search = encodeUrl(base, chrome, null);
    expect(search).toContain('speed=2s&from=2016-01&to=2016-03&pause=events&story=rebirth&step=4');
    expect(decodeUrl(search, ctx).chrome).toEqual(chrome);
    expect(encodeUrl(base, DEFAULT_CHROME, null)).not.toMatch(/speed|from|to=|pause|story|step/);
  });

  it.each([
    ['date=2016-13', 'date'],
    ['date=<script>alert(1)</script>', 'date'],
    ['measures=bogus', 'categories'],
    ['measures=', 'categories'],
    ['scope=mine', 'scope'],
    ['country=XXX', 'actor'],
    ['country=<img src=x onerror=alert(1)>', 'actor'],
    ['highlight=,,', 'highlight'],
    ['focus=atlantis', 'focus'],
    ['focus=Europe', 'focus'],
  ] as const)('%s falls back to the default %s and keeps the other parameters', (bad, key) => {
    const good: View = {
      ...base,
      date: '2016-03' as Month,
      categories: ['trade_ban'],
      scope: 'autonomous',
      actor: 'KOR' as ActorId,
      highlight: ['JPN' as ActorId],
      focus: 'africa',
    };
    const params = new URLSearchParams(encode(good));
    params.delete(VIEW_FIELDS[key].param);
    expect(decode(`?${bad}&${params.toString()}`)).toEqual({ ...good, [key]: base[key] });
  });

  it('keeps the valid categories of a partly bad list', () => {
    expect(decode('?measures=port_ban,<b>,trade_ban').categories).toEqual([
      'port_ban',
      'trade_ban',
    ]);
  });

  it('reads the first of repeated keys', () => {
    expect(decode('?date=2016-03&date=2017-01').date).toBe('2016-03');
  });

  it('ignores a huge value rather than parsing it', () => {
    expect(decode(`?measures=${'port_ban,'.repeat(10_000)}`).categories).toEqual(CATEGORIES);
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
      'compare',
      'resolution',
      '2397',
      '1',
      '',
      'x'.repeat(5000),
    );
    const key = fc.constantFrom(
      ...VIEW_KEYS.map((k) => VIEW_FIELDS[k].param),
      'embed',
      'v',
      'lang',
      'data',
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
        expect(isValidView(decode(search))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('encodeUrl', () => {
  it('writes legible values, the date always', () => {
    expect(encode(base)).toBe('?date=2026-11');
    expect(
      encode({
        ...base,
        date: '2016-03' as Month,
        categories: ['port_ban', 'labor_restriction'],
        actor: 'JPN' as ActorId,
      }),
    ).toBe('?date=2016-03&measures=port_ban,labor_restriction&country=JPN');
    expect(encode({ ...base, categories: [] })).toBe('?date=2026-11&measures=none');
    expect(encode({ ...base, lens: 'compare', compare: '2016-01' as Month })).toBe(
      '?date=2026-11&compare=2016-01',
    );
    expect(encodeUrl(base, { ...DEFAULT_CHROME, embed: true, timeline: false }, 'abc123')).toBe(
      '?date=2026-11&embed=1&timeline=0&data=abc123',
    );
  });

  const span = monthIndex(ctx.maxMonth) - monthIndex(ctx.minMonth);
  const month = fc.integer({ min: 0, max: span }).map((i) => addMonths(ctx.minMonth, i));

  it('round-trips every month the timeline can reach', () => {
    for (let i = 0; i <= span; i++) {
      const date = addMonths(ctx.minMonth, i);
      expect(decode(encode({ ...base, date }))).toEqual({ ...base, date });
    }
  });

  it('round-trips every valid view, field by field', () => {
    const actor = fc.constantFrom(...[...ACTORS].map((a) => a as ActorId));
    const view = fc
      .record({
        date: month,
        categories: fc.subarray([...CATEGORIES]).map((cs) => normalizeCategories(cs)),
        scope: fc.constantFrom(...SCOPES),
        lens: fc.constantFrom(...LENSES),
        compare: fc.option(month, { nil: null }),
        resolution: fc.option(fc.constantFrom(...RESOLUTIONS), { nil: null }),
        actor: fc.option(actor, { nil: null }),
        highlight: fc.uniqueArray(actor, { maxLength: 4 }),
        focus: fc.constantFrom(...FOCUS_REGIONS),
      })
      .map((v) => normalizeView(v));
    fc.assert(
      fc.property(view, (v) => {
        expect(decode(encode(v))).toEqual(v);
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips every month of every timeline the data can make, whatever the clock', () => {
    // Any year a typo could give, as the first measure's start and as the clock: the data's
    // bounds keep out every start the codec could not read back (`0216-07-05` once made a
    // timeline from July 216 whose Home wrote `?date=0216-07`, which read back as the default).
    const year = fc.oneof(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: MIN_YEAR - 2, max: MAX_YEAR + 2 }),
    );
    const calendarMonth = fc.integer({ min: 1, max: 12 });
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const start = fc
      .tuple(year, calendarMonth, fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    const clock = fc.tuple(year, calendarMonth).map(([y, m]) => makeMonth(y, m));
    fc.assert(
      fc.property(start, clock, fc.double({ min: 0, max: 1, noNaN: true }), (text, now, at) => {
        const parsed = parsePartialDate(text);
        fc.pre(parsed !== null);
        if (parsed === null) return;
        const range = timelineRange(earliestMonth(parsed), now);
        const span = monthIndex(range.max) - monthIndex(range.min);
        const date = addMonths(range.min, Math.round(at * span));
        const timeline: ViewContext = {
          ...ctx,
          minMonth: range.min,
          maxMonth: range.max,
          defaultMonth: range.max,
        };
        const view = { ...defaultView(timeline), date };
        expect(decodeUrl(encode(view), timeline).view).toEqual(view);
        for (const end of [range.min, range.max]) {
          const edge = { ...view, date: end };
          expect(decodeUrl(encode(edge), timeline).view).toEqual(edge);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back the first and last months of the bounds on every date', () => {
    for (const date of [makeMonth(MIN_YEAR, 1), makeMonth(MAX_YEAR, 12)]) {
      const wide: ViewContext = {
        ...ctx,
        minMonth: makeMonth(MIN_YEAR, 1),
        maxMonth: makeMonth(MAX_YEAR, 12),
      };
      const view = { ...defaultView(wide), date };
      expect(decodeUrl(encode(view), wide).view).toEqual(view);
    }
  });
});
