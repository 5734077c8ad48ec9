import { readBasis } from './lenses/basis';
import { readCompare } from './lenses/compare';
import { readJoint } from './lenses/joint';
import { readKinds } from './lenses/kinds';
import { readResolution } from './lenses/resolution';
import type { Reading } from './reading';
import type { Dataset } from './types';
import type { Lens, View } from './view';

const LENS_READERS: Record<Lens, (dataset: Dataset, view: View) => Reading> = {
  kinds: readKinds,
  basis: readBasis,
  resolution: readResolution,
  joint: readJoint,
  compare: readCompare,
};

/** What every state looks like at a view, under its lens: Dataset x View -> Reading. */
export function readView(dataset: Dataset, view: View): Reading {
  return LENS_READERS[view.lens](dataset, view);
}

/**
 * The fields of a view its reading depends on, as one string: two views with the same key have
 * the same reading (the panel, the highlight and the chrome do not change the colours).
 */
export function readingKey(view: View): string {
  const base = `${view.lens}|${view.date}|${view.categories.join(',')}|${view.scope}`;
  if (view.lens === 'compare') return `${base}|${view.compare ?? ''}`;
  if (view.lens === 'resolution') return `${base}|${view.resolution ?? ''}`;
  return base;
}
