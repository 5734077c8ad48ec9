import { viewTitle } from '../../i18n/title';
import { useAppStore } from '../../state/appStore';
import { selectView } from '../../state/selectors';
import { useLang, useT } from '../useT';

/**
 * The map's accessible name: what it shows under its lens and filter, and the month (the
 * view's title). Hidden on screen, where the legend and the date say it.
 */
export function MapCaption({ id }: { id: string }) {
  const t = useT();
  const lang = useLang();
  const view = useAppStore(selectView);
  return (
    <p id={id} className="visually-hidden">
      {t('map.label', { title: viewTitle(view, t, lang) })}
    </p>
  );
}
