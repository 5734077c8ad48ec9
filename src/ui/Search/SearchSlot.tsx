import { lazy, Suspense } from 'react';
import type { Dataset } from '../../model/types';
import { useT } from '../useT';
import './slot.css';

// The matcher and the other names load once the first map is on screen, not in the first chunk.
const StateSearch = lazy(() => import('./StateSearch'));

/**
 * Where the search box sits in the toolbar. Until `load` (the first map drawn) it holds a
 * disabled box of the same size, so nothing moves when the real one arrives.
 */
export function SearchSlot({ dataset, load }: { dataset: Dataset; load: boolean }) {
  const t = useT();
  const placeholder = (
    <div className="state-search">
      <label htmlFor="state-search-placeholder">{t('search.label')}</label>
      <input id="state-search-placeholder" type="text" disabled />
    </div>
  );
  if (!load) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <StateSearch dataset={dataset} />
    </Suspense>
  );
}
