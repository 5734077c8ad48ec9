import { saveBlob } from '../export/saveBlob';
import type { Dataset } from '../model/types';
import { useAppStore } from '../state/appStore';
import { readingOf } from '../state/selectors';

/**
 * Saves "what this map shows" at the store's current view as CSV: the footer's download and
 * the table's are this one file, read from the store when clicked (not on every step).
 */
export async function downloadViewCsv(dataset: Dataset): Promise<void> {
  const { view } = useAppStore.getState();
  // The CSV writer is not needed for the first map: it loads on the first download.
  const { viewCsv } = await import('../model/csv');
  const csv = viewCsv(dataset, view, readingOf(dataset, view));
  saveBlob(
    new Blob([csv], { type: 'text/csv;charset=utf-8' }),
    `dprk-coalition-${view.date}-${view.lens}.csv`,
  );
}
