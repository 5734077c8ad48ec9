import { lazy, memo, Suspense } from 'react';
import { actorName } from '../../i18n/catalog';
import { formatMonth, formatPartialDate } from '../../i18n/formatDate';
import { DATA_LANG } from '../../i18n/lang';
import { parsePartialDate, precisionOf } from '../../model/partialDate';
import type { Actor, AppliedMeasure } from '../../model/types';
import { useLang, useT } from '../useT';
import type { MeasureState } from './groupMeasures';
import { SourceLink } from './SourceLink';

// A caveat's links to other measures load with the first caveat shown; till then, its text.
const CaveatText = lazy(() => import('./CaveatText'));

function DateText({ value }: { value: string }) {
  const t = useT();
  const lang = useLang();
  const parsed = parsePartialDate(value);
  const precision = parsed ? precisionOf(parsed) : 'day';
  return (
    <time dateTime={value}>
      {formatPartialDate(value, lang)}
      {precision !== 'day' && <span className="precision"> {t(`precision.${precision}`)}</span>}
    </time>
  );
}

interface Props {
  readonly applied: AppliedMeasure;
  readonly actor: Actor;
  readonly state: MeasureState;
  /** The measure a permalink opened the panel at: marked, and focusable to be focused. */
  readonly targeted: boolean;
  readonly onCite: (id: string) => void;
}

/**
 * One measure with everything a reader needs to cite it: what, when, by which act, on what
 * basis, on whose word. Memoised on its state at the month, so moving the timeline re-renders
 * only those that change.
 */
export const MeasureItem = memo(function MeasureItem({
  applied,
  actor,
  state,
  targeted,
  onCite,
}: Props) {
  const t = useT();
  const lang = useLang();
  const m = applied.measure;
  const inForce = state === 'in-force' || state === 'hidden';
  const dataLang = lang === DATA_LANG ? undefined : DATA_LANG;
  const resolutions = (m.resolutions ?? []).join(', ');
  return (
    <li
      className={`measure ${inForce ? 'in-force' : 'not-in-force'}`}
      id={`measure-${m.id}`}
      // A caveat's link or a permalink to this measure focuses it (revealMeasure).
      tabIndex={-1}
      data-measure-id={m.id}
      data-in-force={inForce}
      data-state={state}
      data-targeted={targeted || undefined}
    >
      <div className="measure-head">
        <span className={`chip cat-${m.category}`}>{t(`category.${m.category}`)}</span>
        <span
          className={`chip basis basis-${m.basis}`}
          data-basis={m.basis}
          title={t(`basis.${m.basis}.long`, { resolutions })}
        >
          <span className="visually-hidden">{t('basis.label')}: </span>
          {t(`basis.${m.basis}`, { resolutions })}
        </span>
        {applied.via && <span className="chip via">{t('panel.via', { bloc: applied.via })}</span>}
        <span className="measure-state">{t(`measureState.${state}`)}</span>
      </div>
      <p className="measure-summary" id={`measure-${m.id}-summary`} lang={dataLang}>
        {m.summary}
      </p>
      <dl className="measure-facts">
        <dt>{t('panel.start')}</dt>
        <dd>
          <DateText value={m.start} /> ({t(`startBasis.${m.startBasis}`)})
        </dd>
        {m.announced && (
          <>
            <dt>{t('panel.announced')}</dt>
            <dd>
              <DateText value={m.announced} />
            </dd>
          </>
        )}
        <dt>{t('panel.end')}</dt>
        <dd>
          {m.end ? (
            <>
              <DateText value={m.end} />
              {m.endReason && <> ({t(`endReason.${m.endReason}`)})</>}
            </>
          ) : (
            t('panel.ongoing')
          )}
        </dd>
        {applied.via && (
          <>
            <dt className="visually-hidden">{t('panel.via', { bloc: applied.via })}</dt>
            <dd className="via-span">
              {applied.until
                ? t('panel.viaSpan', {
                    name: actorName(actor, lang),
                    from: formatMonth(applied.from, lang),
                    until: formatMonth(applied.until, lang),
                  })
                : t('panel.viaSpanOpen', {
                    name: actorName(actor, lang),
                    from: formatMonth(applied.from, lang),
                  })}
            </dd>
          </>
        )}
        <dt>{t('panel.instrument')}</dt>
        <dd lang={dataLang}>{m.instrument}</dd>
        {m.alignment && (
          <>
            <dt className="visually-hidden">
              {t('panel.alignment', { bloc: m.alignment.with, act: '' })}
            </dt>
            <dd>{t('panel.alignment', { bloc: m.alignment.with, act: m.alignment.act })}</dd>
          </>
        )}
        <dt>{t('panel.evidence')}</dt>
        <dd>{t(`evidence.${m.evidence}`)}</dd>
        {m.caveat && (
          <>
            <dt>{t('panel.caveat')}</dt>
            <dd className="caveat" lang={dataLang}>
              <Suspense fallback={m.caveat}>
                <CaveatText text={m.caveat} />
              </Suspense>
            </dd>
          </>
        )}
      </dl>
      <p className="sources-label">{t('panel.sources')}</p>
      <ul className="sources">
        {m.sources.map((s, i) => (
          <SourceLink key={i} source={s} />
        ))}
      </ul>
      <p className="measure-links">
        <a
          href={`#${encodeURIComponent(m.id)}`}
          aria-label={t('cite.measureLinkLabel')}
          aria-describedby={`measure-${m.id}-summary`}
          data-testid="measure-link"
        >
          {t('cite.measureLink')}
        </a>
        <button
          type="button"
          className="link-button"
          onClick={() => onCite(m.id)}
          aria-label={t('cite.measureCiteLabel')}
          aria-describedby={`measure-${m.id}-summary`}
          aria-haspopup="dialog"
          data-testid="measure-cite"
        >
          {t('cite.measureCite')}
        </button>
      </p>
    </li>
  );
});
