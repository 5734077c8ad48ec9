import { formatMonth } from '../../i18n/formatDate';
import { useAppStore } from '../../state/appStore';
import { selectDate } from '../../state/selectors';
import { useLang, useT } from '../useT';

/** The map's accessible name, which names the month shown; hidden on screen, where the date is. */
export function MapCaption({ id }: { id: string }) {
  const t = useT();
  const lang = useLang();
  const date = useAppStore(selectDate);
  return (
    <p id={id} className="visually-hidden">
      {t('map.label', { month: formatMonth(date, lang) })}
    </p>
  );
}
