import { formatMonth } from '../../i18n/formatDate';
import { coalitionSize } from '../../model/levels';
import { useAppStore } from '../../state/appStore';
import { selectDate, selectStatuses } from '../../state/selectors';
import { useLang, useT } from '../useT';

/** The coalition's size at the chosen month, in words under the map. */
export function MapSummary() {
  const t = useT();
  const lang = useLang();
  const count = useAppStore((s) => coalitionSize(selectStatuses(s)));
  const date = useAppStore(selectDate);
  return (
    <p className="map-summary" data-testid="map-summary" data-count={count}>
      {t('map.summary', { count, month: formatMonth(date, lang) })}
    </p>
  );
}
