import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { actorName } from '../../i18n/catalog';
import { formatMonth, formatPartialDate } from '../../i18n/formatDate';
import { DATA_LANG } from '../../i18n/lang';
import { jointActionsOf } from '../../model/lenses/joint';
import { TARGET_ID } from '../../model/reading';
import type { World } from '../../map/prepare';
import type { AppliedMeasure } from '../../model/types';
import { useAppStore } from '../../state/appStore';
import { selectCategorySet, selectDate, selectLens, selectOpenActor } from '../../state/selectors';
import type { AppState } from '../../state/store';
import { useLang, useT } from '../useT';
import {
  limitSections,
  panelSections,
  type MeasureGroup,
  type MeasureState,
} from './groupMeasures';
import { JointActionItem } from './JointActionItem';
import { MeasureItem } from './MeasureItem';
import { useIncremental } from './useIncremental';
import { useMeasureTarget } from './useMeasureTarget';
import './panel.css';

// Citing a measure is not needed until asked for: its dialog loads on use.
const CiteDialog = lazy(() => import('../Cite/CiteDialog'));

const NO_MEASURES: readonly AppliedMeasure[] = [];
const selectScope = (s: AppState) => s.view.scope;
// The strip is drawn when a panel opens, never for the first map: it loads then.
const TimelineStrip = lazy(() =>
  import('../Map/mapExtras').then((m) => ({ default: m.TimelineStrip })),
);

/**
 * The selected actor's record: what it had in force at the month first, grouped by kind with
 * counts, then everything else it did, each measure with dates at their precision, the
 * instrument, the basis, the evidence and the sources; and the joint actions it joined.
 * Escape or the close button closes it, and focus goes back where it was.
 */
export function DetailsPanel({ world }: { world: World }) {
  // Closed, the panel reads nothing else, so a timeline step does not render it.
  const open = useAppStore((s) => {
    const id = selectOpenActor(s);
    return id !== null && world.dataset.actors.has(id);
  });
  return open ? <OpenPanel world={world} /> : null;
}

function OpenPanel({ world }: { world: World }) {
  const { dataset } = world;
  const t = useT();
  const lang = useLang();
  const id = useAppStore(selectOpenActor);
  const month = useAppStore(selectDate);
  const filter = useAppStore(selectCategorySet);
  const scope = useAppStore(selectScope);
  const close = useAppStore((s) => s.openActor);
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  const [citing, setCiting] = useState<string | null>(null);
  const cite = useCallback((measure: string) => setCiting(measure), []);
  const closeCite = useCallback(() => setCiting(null), []);
  const returnFocus = useRef<Element | null>(null);

  const actor = id ? dataset.actors.get(id) : undefined;
  const measures = (actor && dataset.applied.get(actor.id)) ?? NO_MEASURES;
  const sections = useMemo(
    () => panelSections(measures, month, filter, scope),
    [measures, month, filter, scope],
  );
  const joined = useMemo(
    () =>
      (actor ? jointActionsOf(dataset.jointActions, actor.id, month) : []).map((action) => ({
        action,
        members: action.members.map((m) => {
          const member = dataset.actors.get(m);
          return member ? actorName(member, lang) : m;
        }),
        partOf: dataset.jointActions.find((p) => p.id === action.partOf)?.title ?? null,
      })),
    [dataset, actor, month, lang],
  );
  const lens = useAppStore(selectLens);
  // A long record renders in slices, so opening the panel of a state with hundreds of measures
  // never blocks the page; a short one renders at once.
  const shownCount = sections.shown.reduce((n, g) => n + g.measures.length, 0);
  const hiddenCount = sections.hidden.reduce((n, g) => n + g.measures.length, 0);
  const limit = useIncremental(measures.length, actor?.id ?? '');
  const target = useMeasureTarget(world, panel, limit);

  useEffect(() => {
    if (!actor) return;
    returnFocus.current = document.activeElement;
    // Focus after the panel's first frame is painted: focusing forces a layout, which would
    // otherwise be paid for in the same task as rendering the panel.
    // A measure a permalink aimed at may have taken the focus by then: it keeps it.
    // Nor does a reader who moved the focus elsewhere in the meantime lose it to the heading.
    const opener = document.activeElement;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const now = document.activeElement;
        const moved = now !== opener && now !== document.body && now !== null;
        if (!moved && !panel.current?.contains(now))
          heading.current?.focus({ preventScroll: true });
      }, 0);
    });
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close(null);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      document.removeEventListener('keydown', onKey);
      const back = returnFocus.current;
      // A state on the map is an SVG element: focus goes back to it too.
      const focusable = back instanceof HTMLElement || back instanceof SVGElement;
      if (focusable && back.isConnected && back !== document.body) back.focus();
    };
  }, [actor, close]);

  if (!actor) return null;
  // Text from the data is marked with its language, so a screen reader reads it as English.
  const dataLang = lang === DATA_LANG ? undefined : DATA_LANG;
  const monthText = formatMonth(month, lang);
  // Under the joint lens the joint actions are what the colour counts, so they come first.
  const jointSection = joined.length > 0 && (
    <section className="joint-section" data-testid="joint-actions">
      <h3>{t('panel.jointActions', { month: monthText, count: joined.length })}</h3>
      <ol className="joint-actions">
        {joined.map((j) => (
          <JointActionItem key={j.action.id} {...j} />
        ))}
      </ol>
    </section>
  );
  const visible = limitSections(sections, limit);
  const renderGroups = (groups: readonly MeasureGroup[], state: MeasureState) =>
    groups.map((g) => {
      const items = g.shown ?? g.measures;
      return (
        <section key={g.category} className="measure-group" data-category={g.category}>
          <h4>
            <span className={`swatch-cat cat-${g.category}`} aria-hidden="true" />
            {t(`category.${g.category}`)} <span className="count">({g.measures.length})</span>
          </h4>
          <ol className="measures">
            {items.map((a) => (
              <MeasureItem
                key={`${a.measure.id}-${a.via ?? ''}`}
                applied={a}
                actor={actor}
                state={state}
                targeted={a.measure.id === target}
                onCite={cite}
              />
            ))}
          </ol>
        </section>
      );
    });

  return (
    <aside
      className="details-panel"
      aria-labelledby="details-title"
      data-testid="details-panel"
      data-iso3={actor.id}
      ref={panel}
    >
      <header className="details-head">
        <h2 id="details-title" tabIndex={-1} ref={heading}>
          {actorName(actor, lang)}
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
      {/* The data's own text keeps its language: said once, at the top of the panel. */}
      {lang !== DATA_LANG && (
        <p className="data-language-note" data-testid="data-language-note">
          {t('lang.dataNote')}
        </p>
      )}
      {/* For a state with nothing recorded, the note says what was searched: worth showing. */}
      {actor.research.note && actor.research.status !== 'researched' && (
        <p className="research-note" lang={dataLang}>
          {actor.research.note}
        </p>
      )}
      {lens === 'joint' && jointSection}
      {measures.length === 0 ? (
        <p>{t('panel.noMeasures')}</p>
      ) : (
        <>
          <Suspense fallback={null}>
            <TimelineStrip measures={measures} range={world.range} month={month} />
          </Suspense>
          <h3 data-testid="in-force-heading">
            {t('panel.inForceAt', { month: monthText, count: shownCount })}
          </h3>
          {shownCount === 0 && <p className="status-at">{t('panel.noneShownInForce')}</p>}
          {renderGroups(visible.shown, 'in-force')}
          {hiddenCount > 0 && (
            <details className="hidden-in-force" data-testid="hidden-in-force">
              <summary>{t('panel.hiddenInForce', { count: hiddenCount })}</summary>
              {renderGroups(visible.hidden, 'hidden')}
            </details>
          )}
          {sections.notInForce.length > 0 && (
            <>
              <h3>
                {t('panel.notInForceAt', { month: monthText, count: sections.notInForce.length })}
              </h3>
              <ol className="measures">
                {visible.notInForce.map((a) => (
                  <MeasureItem
                    key={`${a.measure.id}-${a.via ?? ''}`}
                    applied={a}
                    actor={actor}
                    state={a.from > month ? 'later' : 'ended'}
                    targeted={a.measure.id === target}
                    onCite={cite}
                  />
                ))}
              </ol>
            </>
          )}
          {limit < measures.length && (
            <p className="status-at" role="status">
              {t('panel.loadingMore', { shown: limit, count: measures.length })}
            </p>
          )}
        </>
      )}
      {lens !== 'joint' && jointSection}
      {citing && (
        <Suspense fallback={null}>
          <CiteDialog
            world={world}
            target={{ kind: 'measure', actor: actor.id, id: citing }}
            onClose={closeCite}
          />
        </Suspense>
      )}
    </aside>
  );
}
