import { actorName } from '../../i18n/catalog';
import { formatMonth, formatPartialDate } from '../../i18n/formatDate';
import { DATA_LANG } from '../../i18n/lang';
import { measuresInForce } from '../../model/inForce';
import { jointActionsOf } from '../../model/lenses/joint';
import { implementsResolution } from '../../model/lenses/resolution';
import type { World } from '../../map/prepare';
import type { ActorId, AppliedMeasure } from '../../model/types';
import { useAppStore } from '../../state/appStore';
import { selectCategorySet, selectReading, selectView } from '../../state/selectors';
import { useLang, useT } from '../useT';
import { TOOLTIP_ID } from './tooltipId';

export interface Hover {
  readonly id: ActorId;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** What brought it up: a mouse over the state, keyboard focus on it, or a tap. */
  readonly source: 'pointer' | 'focus' | 'touch';
}

const HINTS = {
  pointer: 'tooltip.hint',
  focus: 'tooltip.hintKey',
  touch: 'tooltip.hintTouch',
} as const;

const MAX_LINES = 6;

/**
 * What a state looks like at the view, beside the pointer (or under the state that has keyboard
 * focus, or where a finger tapped): its class and what backs it.
 */
export function Tooltip({ hover, world }: { hover: Hover; world: World }) {
  const t = useT();
  const lang = useLang();
  const view = useAppStore(selectView);
  const filter = useAppStore(selectCategorySet);
  const state = useAppStore((s) => selectReading(s).states.get(hover.id));
  const { dataset } = world;
  const actor = dataset.actors.get(hover.id);
  const applied = dataset.applied.get(hover.id) ?? [];
  const flip = hover.x > hover.width * 0.6;

  let detail: string | null = null;
  let lines: { key: string; category: string | null; via: string | null; text: string }[] = [];
  if (!state || state.kind === 'unknown') detail = t('tooltip.noData');
  else if (state.kind === 'target') detail = t('tooltip.target');
  else if (view.lens === 'joint') {
    const joined = jointActionsOf(dataset.jointActions, hover.id, view.date);
    if (joined.length === 0) detail = t('tooltip.noJoint');
    lines = joined.map((a) => ({
      key: a.id,
      category: null,
      via: null,
      text: `${formatPartialDate(a.date, lang)}: ${a.title}`,
    }));
  } else {
    let shown: AppliedMeasure[] = measuresInForce(applied, view.date, filter, view.scope);
    if (view.lens === 'resolution') {
      // With no implementing measure, the headline (its class) says all there is.
      shown = shown.filter((a) => implementsResolution(a, view.resolution ?? ''));
    } else if (shown.length === 0) {
      detail =
        state.research === 'not-yet-researched' ? t('tooltip.notResearched') : t('tooltip.none');
    }
    lines = shown.map((a) => ({
      key: `${a.measure.id}-${a.via ?? ''}`,
      category: a.measure.category,
      via: a.via,
      text: a.measure.summary,
    }));
  }
  // What the state's colour means under the lens (the kinds lens says it in its list). The joint
  // lens's classes are counts, said as one.
  const headline =
    state?.kind !== 'member' ||
    view.lens === 'kinds' ||
    (view.lens === 'joint' && state.level === 0)
      ? null
      : view.lens === 'joint'
        ? t('tooltip.joint', { count: state.level })
        : t(`legend.${view.lens}.${state.cls}` as Parameters<typeof t>[0]);

  return (
    <div
      className="tooltip"
      role="tooltip"
      id={TOOLTIP_ID}
      data-testid="tooltip"
      data-source={hover.source}
      style={{
        left: flip ? undefined : hover.x + 14,
        right: flip ? hover.width - hover.x + 14 : undefined,
        top: hover.y + 14,
      }}
    >
      <strong className="tooltip-name">{actor ? actorName(actor, lang) : hover.id}</strong>
      <span className="tooltip-date">{formatMonth(view.date, lang)}</span>
      {headline && state?.kind === 'member' && state.cls !== 'unresearched' && (
        <span className="tooltip-class">{headline}</span>
      )}
      {detail !== null ? (
        <p className="tooltip-detail">{detail}</p>
      ) : (
        lines.length > 0 && (
          <ul className="tooltip-list">
            {lines.slice(0, MAX_LINES).map((l) => (
              <li key={l.key}>
                {l.category && (
                  <>
                    <span className={`swatch-cat cat-${l.category}`} />
                    <span className="tooltip-cat">
                      {t(`category.${l.category}` as Parameters<typeof t>[0])}
                    </span>{' '}
                  </>
                )}
                {l.via && <span className="tooltip-via">({t('panel.via', { bloc: l.via })}) </span>}
                <span className="tooltip-summary" lang={lang === DATA_LANG ? undefined : DATA_LANG}>
                  {l.text}
                </span>
              </li>
            ))}
            {lines.length > MAX_LINES && (
              <li className="tooltip-more">+{lines.length - MAX_LINES}</li>
            )}
          </ul>
        )
      )}
      <span className="tooltip-hint">{t(HINTS[hover.source])}</span>
    </div>
  );
}
