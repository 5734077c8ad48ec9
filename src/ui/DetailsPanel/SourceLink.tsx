import { formatPartialDate } from '../../i18n/formatDate';
import { UNDATED } from '../../data/decodeDataset';
import { DATA_LANG } from '../../i18n/lang';
import type { Source } from '../../model/types';
import { useLang, useT } from '../useT';

const hrefs = new Map<string, string | null>();
const MAX_KNOWN = 10_000;

/** Only well-formed https addresses become links; anything else is shown, never followed. */
export function safeHref(url: string): string | null {
  // Parsing a URL is the costliest part of drawing a source, and the same few hundred sources
  // recur across measures and panels: each is parsed once.
  const known = hrefs.get(url);
  if (known !== undefined) return known;
  let href: string | null;
  try {
    const u = new URL(url);
    href = u.protocol === 'https:' ? u.href : null;
  } catch {
    href = null;
  }
  if (hrefs.size >= MAX_KNOWN) hrefs.clear();
  hrefs.set(url, href);
  return href;
}

export function SourceLink({ source }: { source: Source }) {
  const t = useT();
  const lang = useLang();
  const href = safeHref(source.url);
  // The source's own words keep their language; the page's words around them keep the page's.
  const dataLang = lang === DATA_LANG ? undefined : DATA_LANG;
  return (
    <li className="source">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer external" lang={dataLang}>
          {source.title}
        </a>
      ) : (
        <span className="source-title">
          <span lang={dataLang}>{source.title}</span>{' '}
          <span className="unsafe-link">({t('panel.unsafeLink')})</span>
        </span>
      )}
      <span className="source-meta">
        {' '}
        <span lang={dataLang}>{source.publisher}</span>,{' '}
        {source.date === UNDATED ? t('panel.undated') : formatPartialDate(source.date, lang)}
      </span>
      {source.quote && (
        <q className="source-quote" lang={dataLang}>
          {source.quote}
        </q>
      )}
    </li>
  );
}
