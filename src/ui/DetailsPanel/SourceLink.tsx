import { formatPartialDate } from '../../i18n/formatDate';
import { UNDATED } from '../../data/decodeDataset';
import type { Source } from '../../model/types';
import { useLang, useT } from '../useT';

/** Only well-formed https addresses become links; anything else is shown, never followed. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function SourceLink({ source }: { source: Source }) {
  const t = useT();
  const lang = useLang();
  const href = safeHref(source.url);
  return (
    <li className="source">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer external">
          {source.title}
        </a>
      ) : (
        <span className="source-title">
          {source.title} <span className="unsafe-link">({t('panel.unsafeLink')})</span>
        </span>
      )}
      <span className="source-meta">
        {' '}
        {source.publisher},{' '}
        {source.date === UNDATED ? t('panel.undated') : formatPartialDate(source.date, lang)}
      </span>
      {source.quote && <q className="source-quote">{source.quote}</q>}
    </li>
  );
}
