import { viewTitle } from '../i18n/title';
import { useAppStore } from '../state/appStore';
import { selectView } from '../state/selectors';
import { useLang, useT } from './useT';

/** The composed title of the view ("States with labour restrictions on the DPRK, September 2017"). */
export function ViewTitle({ as: Tag = 'h2', className }: { as?: 'h1' | 'h2'; className?: string }) {
  const t = useT();
  const lang = useLang();
  const view = useAppStore(selectView);
  return (
    <Tag className={className} data-testid="view-title">
      {viewTitle(view, t, lang)}
    </Tag>
  );
}
