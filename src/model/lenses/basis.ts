import { shownInForce } from '../inForce';
import { makeReading, type LegendEntry, type Reading } from '../reading';
import type { Dataset } from '../types';
import type { View } from '../view';
import { member, readStates } from './members';

export const BASIS_LEGEND: readonly LegendEntry[] = [
  { cls: 'none', level: 0 },
  { cls: 'un', level: 1 },
  { cls: 'autonomous', level: 2 },
];

/**
 * "Beyond the UN": a state with an autonomous measure (of the kinds shown) in force is level 2;
 * one whose measures in force all give effect to UN resolutions is level 1; none, 0.
 */
export function readBasis(dataset: Dataset, view: View): Reading {
  const filter = new Set(view.categories);
  const states = readStates(dataset, (actor, applied) => {
    let level = 0;
    for (const a of applied) {
      if (!shownInForce(a, view.date, filter)) continue;
      if (a.measure.basis === 'autonomous') {
        level = 2;
        break;
      }
      if (a.measure.basis === 'un_implementation') level = 1;
    }
    return member(actor, level, BASIS_LEGEND[level]?.cls ?? 'none');
  });
  return makeReading('basis', states, BASIS_LEGEND);
}
