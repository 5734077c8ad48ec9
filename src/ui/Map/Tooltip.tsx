import { measuresInForce } from '../../model/levels';
import type { ActorId, Dataset } from '../../model/types';
import { useAppStore } from '../../state/appStore';
import { selectDate, selectFilterSet, selectStatuses } from '../../state/selectors';
import { formatMonth } from '../../i18n/formatDate';
import { useLang, useT } from '../useT';

export interface Hover {
  readonly id: ActorId;
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

const MAX_LINES = 6;

/** What a state had in force at the chosen month, beside the pointer. */
export function Tooltip({ hover, dataset }: { hover: Hover; dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const date = useAppStore(selectDate);
  const filter = useAppStore(selectFilterSet);
  const status = useAppStore((s) => selectStatuses(s).get(hover.id));
  const actor = dataset.actors.get(hover.id);
  const inForce = measuresInForce(dataset.applied.get(hover.id) ?? [], date, filter);
  const flip = hover.x > hover.width * 0.6;

  let detail: string | null = null;
  if (!status || status.kind === 'unknown') detail = t('tooltip.noData');
  else if (status.kind === 'target') detail = t('tooltip.target');
  else if (inForce.length === 0)
    detail =
      status.research === 'not-yet-researched' ? t('tooltip.notResearched') : t('tooltip.none');

  return (
    <div
      className="tooltip"
      role="status"
      data-testid="tooltip"
      style={{
        left: flip ? undefined : hover.x + 14,
        right: flip ? hover.width - hover.x + 14 : undefined,
        top: hover.y + 14,
      }}
    >
      <strong className="tooltip-name">{actor?.name ?? hover.id}</strong>
      <span className="tooltip-date">{formatMonth(date, lang)}</span>
      {detail !== null ? (
        <p className="tooltip-detail">{detail}</p>
      ) : (
        <ul className="tooltip-list">
          {inForce.slice(0, MAX_LINES).map((a) => (
            <li key={`${a.measure.id}-${a.via ?? ''}`}>
              <span className={`swatch-cat cat-${a.measure.category}`} />
              <span className="tooltip-cat">{t(`category.${a.measure.category}`)}</span>
              {a.via && <span className="tooltip-via"> ({t('panel.via', { bloc: a.via })})</span>}
              <span className="tooltip-summary">{a.measure.summary}</span>
            </li>
          ))}
          {inForce.length > MAX_LINES && (
            <li className="tooltip-more">+{inForce.length - MAX_LINES}</li>
          )}
        </ul>
      )}
      <span className="tooltip-hint">{t('tooltip.hint')}</span>
    </div>
  );
}
