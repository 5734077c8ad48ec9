import { describe, expect, it } from 'vitest';
import { applyBlocs } from '../../model/applyBlocs';
import type { Category } from '../../model/categories';
import type { Month } from '../../model/month';
import { actor, actorMap, measure } from '../../model/testing/fixtures';
import type { ActorId } from '../../model/types';
import { limitSections, panelSections } from './groupMeasures';

const applied =
  applyBlocs(
    actorMap(
      actor('JPN', [
        measure('entry-2006', {
          category: 'entry_ban',
          start: '2006-10',
          end: '2014-07-04',
          endReason: 'lifted',
        }),
        measure('ports', { category: 'port_ban', start: '2016-02-19' }),
        measure('ports-2', { category: 'port_ban', start: '2016-12-02' }),
        measure('trade', { category: 'trade_ban', start: '2006-10' }),
        measure('un-fin', {
          category: 'financial',
          start: '2017-08',
          basis: 'un_implementation',
          resolutions: ['2371'],
        }),
        measure('later', { category: 'labor_restriction', start: '2019' }),
      ]),
    ),
    [],
  ).get('JPN' as ActorId) ?? [];
const ids = (list: readonly { measure: { id: string } }[]) => list.map((a) => a.measure.id);

describe('panelSections', () => {
  it('puts what is in force and shown first, by kind, then what the filter hides, then the rest', () => {
    const s = panelSections(
      applied,
      '2017-12' as Month,
      new Set<Category>(['port_ban', 'financial']),
      'all',
    );
    expect(s.shown.map((g) => [g.category, ids(g.measures)])).toEqual([
      ['port_ban', ['ports', 'ports-2']],
      ['financial', ['un-fin']],
    ]);
    expect(s.hidden.map((g) => [g.category, ids(g.measures)])).toEqual([['trade_ban', ['trade']]]);
    expect(ids(s.notInForce)).toEqual(['entry-2006', 'later']);
  });

  it('hides measures the scope leaves out, as the filter does', () => {
    const s = panelSections(
      applied,
      '2017-12' as Month,
      new Set<Category>(['financial']),
      'autonomous',
    );
    expect(s.shown).toEqual([]);
    expect(ids(s.hidden.flatMap((g) => g.measures))).toContain('un-fin');
  });

  it('cuts a long record to the first measures in panel order, keeping each group’s count', () => {
    const s = panelSections(
      applied,
      '2017-12' as Month,
      new Set<Category>(['port_ban', 'trade_ban', 'financial']),
      'all',
    );
    const cut = limitSections(s, 2);
    expect(cut.shown.map((g) => [g.category, g.measures.length, ids(g.shown ?? [])])).toEqual([
      ['port_ban', 2, ['ports', 'ports-2']],
    ]);
    expect(cut.notInForce).toEqual([]);
  });
});
