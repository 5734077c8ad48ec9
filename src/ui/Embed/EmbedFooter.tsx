import { formatPartialDate } from '../../i18n/formatDate';
import type { Dataset } from '../../model/types';
import { useAppStore } from '../../state/appStore';
import { encodeUrl } from '../../state/urlCodec';
import { DEFAULT_CHROME } from '../../state/chrome';
import { useLang, useT } from '../useT';
import './embed.css';

/** An embed's credit and source line, and the way out to the same view in the full app. */
export function EmbedFooter({ dataset, base }: { dataset: Dataset; base: string }) {
  const t = useT();
  const lang = useLang();
  const view = useAppStore((s) => s.view);
  const chrome = useAppStore((s) => s.chrome);
  const href = `${base}${encodeUrl(view, { ...DEFAULT_CHROME, lang: chrome.lang }, dataset.version)}`;
  return (
    <footer className="embed-footer" data-testid="embed-footer">
      <p className="credit">
        {t('embed.credit', {
          version: dataset.version,
          date: formatPartialDate(dataset.updated, lang),
        })}
      </p>
      <a className="open-full" href={href} target="_blank" rel="noopener" data-testid="open-full">
        {t('embed.openFull')}
      </a>
    </footer>
  );
}
