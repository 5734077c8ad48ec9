import { lazy, Suspense, useCallback, useMemo } from 'react';
import { formatMonth } from '../../i18n/formatDate';
import { monthFromIndex, monthIndex, type Month } from '../../model/month';
import { adjacentEventMonth, eventsByMonth, resolutionEventIds } from '../../model/timeline';
import type { JointAction, Resolution, TimelineEvent } from '../../model/types';
import { useAppStore } from '../../state/appStore';
import { selectDate, selectLens, selectPlaying, selectSpeed } from '../../state/selectors';
import { SPEEDS, type Speed } from '../../state/chrome';
import type { AppState } from '../../state/store';
import { useLang, useT } from '../useT';
import { EventMarkers } from './EventMarkers';
import { PlayOptions, PlayRangeBand } from './PlayOptions';
import './timeline.css';

interface Props {
  readonly min: Month;
  readonly max: Month;
  readonly events: readonly TimelineEvent[];
  readonly resolutions: readonly Resolution[];
  readonly jointActions: readonly JointAction[];
}

const selectResolution = (s: AppState) => s.view.resolution;
// The joint actions' marks are drawn only under the joint lens: their code loads with it.
const JointMarks = lazy(() => import('./JointMarks'));
const NO_EMPHASIS: ReadonlySet<string> = new Set();

/**
 * The timeline: a native range input, the month in words, play/pause with a speed and the play
 * options (a range, pausing at events), and the key events as markers that jump to their month.
 * Its keys are the page's (src/ui/Keys): one month per arrow, a year with Shift or a Page key,
 * Space to play, except on its own buttons and menus.
 */
export function Timeline({ min, max, events, resolutions, jointActions }: Props) {
  const t = useT();
  const lang = useLang();
  const date = useAppStore(selectDate);
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const setDate = useAppStore((s) => s.setDate);
  const setPlaying = useAppStore((s) => s.setPlaying);
  const setSpeed = useAppStore((s) => s.setSpeed);
  const lens = useAppStore(selectLens);
  const resolution = useAppStore(selectResolution);
  const emphasis = useMemo(() => {
    const r = lens === 'resolution' ? resolutions.find((x) => x.id === resolution) : undefined;
    return r ? resolutionEventIds(r) : NO_EMPHASIS;
  }, [lens, resolution, resolutions]);

  const byMonth = useMemo(() => eventsByMonth(events), [events]);
  const eventMonths = useMemo(
    () => [...byMonth.keys()].filter((m) => m >= min && m <= max),
    [byMonth, min, max],
  );
  const base = monthIndex(min);
  const label = formatMonth(date, lang);
  const here: readonly { readonly id: string; readonly title: string }[] = [
    ...(byMonth.get(date) ?? []),
    ...(lens === 'joint' ? jointActions.filter((a) => a.month === date) : []),
  ];
  const prevEvent = adjacentEventMonth(eventMonths, date, -1);
  const nextEvent = adjacentEventMonth(eventMonths, date, 1);

  const jump = useCallback(
    (month: Month) => {
      setPlaying(false);
      setDate(month);
    },
    [setPlaying, setDate],
  );

  return (
    <section className="timeline" aria-label={t('timeline.label')} id="timeline">
      <div className="timeline-row">
        <button
          type="button"
          className="play"
          aria-pressed={playing}
          onClick={() => setPlaying(!playing)}
          data-testid="play"
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>{' '}
          {playing ? t('timeline.pause') : t('timeline.play')}
        </button>
        <p className="timeline-date" data-testid="date-label" data-month={date}>
          {label}
        </p>
        <label className="speed">
          {t('timeline.speed')}{' '}
          <select value={speed} onChange={(e) => setSpeed(e.target.value as Speed)}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t(`timeline.speed.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <PlayOptions min={min} max={max} />
      </div>
      <div className={`track${lens === 'joint' ? ' with-joint-marks' : ''}`}>
        <label className="visually-hidden" htmlFor="timeline-date">
          {t('timeline.label')}
        </label>
        <PlayRangeBand min={min} max={max} />
        <input
          id="timeline-date"
          type="range"
          min={0}
          max={monthIndex(max) - base}
          step={1}
          value={monthIndex(date) - base}
          aria-valuetext={label}
          onChange={(e) => setDate(monthFromIndex(base + Number(e.target.value)))}
          onPointerDown={() => setPlaying(false)}
        />
        <EventMarkers
          byMonth={byMonth}
          min={min}
          max={max}
          current={date}
          onJump={jump}
          emphasis={emphasis}
        />
        {lens === 'joint' && (
          <Suspense fallback={null}>
            <JointMarks actions={jointActions} min={min} max={max} onJump={jump} />
          </Suspense>
        )}
        <div className="track-ends" aria-hidden="true">
          <span>{formatMonth(min, lang)}</span>
          <span>{formatMonth(max, lang)}</span>
        </div>
      </div>
      <div className="timeline-row events-row">
        <button type="button" disabled={!prevEvent} onClick={() => prevEvent && jump(prevEvent)}>
          ‹ {t('timeline.prevEvent')}
        </button>
        <p className="this-month" aria-live="polite" data-testid="this-month">
          {here.length > 0 && (
            <>
              <span className="this-month-label">{t('timeline.thisMonth')}: </span>
              {here.map((e, i) => (
                <span key={e.id}>
                  {i > 0 && '; '}
                  {e.title}
                </span>
              ))}
            </>
          )}
        </p>
        <button type="button" disabled={!nextEvent} onClick={() => nextEvent && jump(nextEvent)}>
          {t('timeline.nextEvent')} ›
        </button>
      </div>
    </section>
  );
}
