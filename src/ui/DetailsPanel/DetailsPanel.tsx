import { useEffect, useRef } from 'react';
import { formatMonth, formatPartialDate } from '../../i18n/formatDate';
import { TARGET_ID } from '../../model/levels';
import { spanContains } from '../../model/span';
import type { AppliedMeasure, Dataset } from '../../model/types';
import { useAppStore } from '../../state/appStore';
import { selectCountry, selectDate, selectFilterSet } from '../../state/selectors';
import { useLang, useT } from '../useT';
import { MeasureItem } from './MeasureItem';

const NO_MEASURES: readonly AppliedMeasure[] = [];

/**
 * The selected state's record: every measure in the data with dates at their precision, the
 * instrument, the evidence and the sources. Escape or the close button closes it, and focus
 * goes back where it was.
 */
export function DetailsPanel({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const id = useAppStore(selectCountry);
  const month = useAppStore(selectDate);
  const filter = useAppStore(selectFilterSet);
  const close = useAppStore((s) => s.selectCountry);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<Element | null>(null);

  const actor = id ? dataset.actors.get(id) : undefined;

  useEffect(() => {
    if (!actor) return;
    returnFocus.current = document.activeElement;
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close(null);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      const back = returnFocus.current;
      if (back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus();
    };
  }, [actor, close]);

  if (!actor) return null;
  const measures = dataset.applied.get(actor.id) ?? NO_MEASURES;
  const inForce = (a: AppliedMeasure) => filter.has(a.measure.category) && spanContains(a, month);

  return (
    <aside
      className="details-panel"
      aria-labelledby="details-title"
      data-testid="details-panel"
      data-iso3={actor.id}
    >
      <header className="details-head">
        <h2 id="details-title" tabIndex={-1} ref={heading}>
          {actor.name}
        </h2>
        <button
          type="button"
          className="close"
          onClick={() => close(null)}
          aria-label={t('panel.close')}
        >
          ×
        </button>
      </header>
      {actor.id === TARGET_ID ? (
        <p className="research">{t('panel.target')}</p>
      ) : (
        <p className="research" data-research={actor.research.status}>
          {t(`panel.research.${actor.research.status}`, {
            date: formatPartialDate(actor.research.checked, lang),
          })}
        </p>
      )}
      {/* For a state with nothing recorded, the note says what was searched: worth showing. */}
      {actor.research.note && actor.research.status !== 'researched' && (
        <p className="research-note">{actor.research.note}</p>
      )}
      <h3>{t('panel.measures')}</h3>
      {measures.length > 0 && (
        <p className="status-at">{t('panel.statusAt', { month: formatMonth(month, lang) })}</p>
      )}
      {measures.length === 0 ? (
        <p>{t('panel.noMeasures')}</p>
      ) : (
        <ol className="measures">
          {measures.map((a) => (
            <MeasureItem
              key={`${a.measure.id}-${a.via ?? ''}`}
              applied={a}
              actor={actor}
              inForce={inForce(a)}
            />
          ))}
        </ol>
      )}
    </aside>
  );
}
