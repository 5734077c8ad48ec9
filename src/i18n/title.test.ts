import { beforeAll, describe, expect, it } from 'vitest';
import { installLanguageNode } from '../../scripts/languagePack';
import { CATEGORIES } from '../model/categories';
import { makeReading } from '../model/reading';
import type { Month } from '../model/month';
import type { ActorId, Dataset } from '../model/types';
import type { View } from '../model/view';
import { translator } from './t';
import { viewSummary, viewTitle } from './title';

const t = translator('en');
const view = (over: Partial<View>): View => ({
  date: '2017-09' as Month,
  categories: CATEGORIES,
  scope: 'all',
  lens: 'kinds',
  compare: null,
  resolution: null,
  actor: null,
  highlight: [],
  focus: 'world',
  ...over,
});

describe('viewTitle names the filter and the date', () => {
  it.each([
    [{}, 'States with measures against the DPRK, September 2017'],
    [
      { categories: ['labor_restriction'] },
      'States with labour restrictions on the DPRK, September 2017',
    ],
    [
      { categories: ['port_ban', 'labor_restriction'] },
      'States with port bans or labour restrictions on the DPRK, September 2017',
    ],
    [
      { categories: ['port_ban', 'remittance_limit', 'labor_restriction'] },
      'States with port bans, remittance limits, or labour restrictions on the DPRK, September 2017',
    ],
    [
      { categories: ['port_ban', 'remittance_limit', 'labor_restriction', 'entry_ban'] },
      'States with any of 4 kinds of measure against the DPRK, September 2017',
    ],
    [{ categories: [] }, 'No kind of measure selected, September 2017'],
    [
      { scope: 'autonomous', categories: ['trade_ban'] },
      'States with trade bans on the DPRK beyond what the UN required, September 2017',
    ],
    [
      { lens: 'basis', categories: ['port_ban', 'trade_ban'] },
      'Port bans or trade bans: states that went beyond the UN, and those that only implemented it, September 2017',
    ],
    [
      { lens: 'resolution', resolution: '2397' },
      'States that had given UNSCR 2397 national effect, September 2017',
    ],
    [
      { lens: 'compare', compare: '2016-01' },
      'Who joined and who left the coalition against the DPRK, January 2016 to September 2017',
    ],
    [
      { lens: 'compare', compare: '2016-01', scope: 'autonomous' },
      'Who joined and who left the coalition against the DPRK, counting only measures beyond what the UN required, January 2016 to September 2017',
    ],
    [
      { lens: 'compare', compare: '2016-01', scope: 'autonomous', categories: ['port_ban'] },
      'States with port bans on the DPRK beyond what the UN required: who joined and who left, January 2016 to September 2017',
    ],
  ] as const)('%j', (over, title) => {
    expect(viewTitle(view(over as Partial<View>), t, 'en')).toBe(title);
  });
});

describe('viewSummary', () => {
  const dataset = { resolutions: [] } as unknown as Dataset;
  const reading = (count: number) =>
    makeReading(
      'kinds',
      new Map(
        Array.from({ length: count }, (_, i) => [
          `S${i}` as ActorId,
          { kind: 'member' as const, research: 'researched' as const, level: 1, cls: 'k1' },
        ]),
      ),
      [],
    );

  it('says how many states had the filtered measure, with plurals', () => {
    expect(
      viewSummary(
        view({ categories: ['labor_restriction'], date: '2017-12' as Month }),
        reading(40),
        dataset,
        t,
        'en',
      ),
    ).toBe('40 states had a labour restriction in force in December 2017.');
    expect(viewSummary(view({}), reading(1), dataset, t, 'en')).toBe(
      '1 state had at least one measure in force in September 2017.',
    );
  });

  const classes = (lens: View['lens'], counts: Record<string, number>) =>
    makeReading(
      lens,
      new Map(
        Object.entries(counts).flatMap(([cls, n]) =>
          Array.from({ length: n }, (_, i) => [
            `${cls}${i}` as ActorId,
            { kind: 'member' as const, research: 'researched' as const, level: 1, cls },
          ]),
        ),
      ),
      [],
    );

  it.each([
    [
      { lens: 'basis', date: '2016-03' },
      { autonomous: 47, un: 14 },
      'In March 2016, 47 states had measures beyond what the UN required in force, and 14 more had only measures implementing UN resolutions.',
    ],
    [
      { lens: 'compare', compare: '2016-01', date: '2018-01' },
      { joined: 37, stayed: 60 },
      'Between January 2016 and January 2018, 37 states joined, 0 left and 60 stayed.',
    ],
    [
      { lens: 'compare', compare: '2016-01', date: '2018-01', scope: 'autonomous' },
      { joined: 1, stayed: 2, left: 1 },
      'Counting only measures beyond what the UN required: between January 2016 and January 2018, 1 state joined, 1 left and 2 stayed.',
    ],
    [
      { lens: 'compare', compare: '2016-01', categories: [] },
      {},
      'No kind of measure is selected.',
    ],
  ] as const)('under the lens of %j, with %j, says so', (over, counts, text) => {
    const v = view(over as Partial<View>);
    expect(viewSummary(v, classes(v.lens, counts), dataset, t, 'en')).toBe(text);
  });
});

describe('in Korean', () => {
  const ko = translator('ko');
  beforeAll(async () => {
    await installLanguageNode('ko');
  });

  it.each([
    [{}, '대북 조치를 시행 중인 국가, 2017년 9월'],
    [
      { categories: ['labor_restriction'] },
      '대북 노동자 고용 제한 조치를 시행 중인 국가, 2017년 9월',
    ],
    [
      { categories: ['port_ban', 'labor_restriction'] },
      '대북 입항 금지 또는 노동자 고용 제한 조치를 시행 중인 국가, 2017년 9월',
    ],
    [
      { categories: ['port_ban', 'remittance_limit', 'labor_restriction'] },
      '대북 입항 금지, 송금 제한 또는 노동자 고용 제한 조치를 시행 중인 국가, 2017년 9월',
    ],
    [
      { categories: ['port_ban', 'remittance_limit', 'labor_restriction', 'entry_ban'] },
      '4가지 대북 조치 중 하나 이상을 시행 중인 국가, 2017년 9월',
    ],
    [{ categories: [] }, '선택한 조치 종류 없음, 2017년 9월'],
    [
      { lens: 'resolution', resolution: '2397' },
      '유엔 안보리 결의 2397호를 국내에서 이행한 국가, 2017년 9월',
    ],
    [
      { lens: 'compare', compare: '2016-01' },
      '대북 연합에 합류한 국가와 이탈한 국가, 2016년 1월~2017년 9월',
    ],
  ] as const)('%j', (over, title) => {
    expect(viewTitle(view(over as Partial<View>), ko, 'ko')).toBe(title);
  });

  it('counts states with the counter 개국, one form for one and many', () => {
    const dataset = { resolutions: [] } as unknown as Dataset;
    const reading = (count: number) =>
      makeReading(
        'kinds',
        new Map(
          Array.from({ length: count }, (_, i) => [
            `S${i}` as ActorId,
            { kind: 'member' as const, research: 'researched' as const, level: 1, cls: 'k1' },
          ]),
        ),
        [],
      );
    expect(
      viewSummary(
        view({ categories: ['labor_restriction'], date: '2017-12' as Month }),
        reading(40),
        dataset,
        ko,
        'ko',
      ),
    ).toBe('2017년 12월에 노동자 고용 제한 조치를 시행 중인 국가는 40개국이었습니다.');
    expect(viewSummary(view({}), reading(1), dataset, ko, 'ko')).toBe(
      '2017년 9월에 하나 이상의 조치를 시행 중인 국가는 1개국이었습니다.',
    );
  });
});
