import { saveBlob } from '../export/saveBlob';
import { viewCsv } from '../model/csv';
import type { Dataset } from '../model/types';
import { useAppStore } from '../state/appStore';
import { readingOf } from '../state/selectors';

/**
 * Saves "what this map shows" at the store's current view as CSV: the footer's download and
 * the table's are this one file, read from the store when clicked (not on every step).
 */
export function downloadViewCsv(dataset: Dataset): void {
  const { view } = useAppStore.getState();
  const csv = viewCsv(dataset, view, readingOf(dataset, view));
  saveBlob(
    new Blob([csv], { type: 'text/csv;charset=utf-8' }),
    `dprk-coalition-${view.date}-${view.lens}.csv`,
  );
}
