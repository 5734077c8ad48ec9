import { viewSummary } from '../../i18n/title';
import type { Dataset } from '../../model/types';
import { useAppStore } from '../../state/appStore';
import { selectReading, selectView } from '../../state/selectors';
import { useLang, useT } from '../useT';

/** What the map shows at the view, in one sentence under it, naming the filter. */
export function MapSummary({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const reading = useAppStore(selectReading);
  const view = useAppStore(selectView);
  return (
    <p className="map-summary" data-testid="map-summary" data-count={reading.count}>
      {viewSummary(view, reading, dataset, t, lang)}
    </p>
  );
}
