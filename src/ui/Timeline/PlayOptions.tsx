import { memo } from 'react';
import { formatMonth } from '../../i18n/formatDate';
import { parseMonth, type Month } from '../../model/month';
import { positionOf } from '../../model/timeline';
import { useAppStore } from '../../state/appStore';
import type { AppState } from '../../state/store';
import { useLang, useT } from '../useT';

interface Props {
  readonly min: Month;
  readonly max: Month;
}

const selectFrom = (s: AppState) => s.chrome.playFrom;
const selectTo = (s: AppState) => s.chrome.playTo;
const selectPause = (s: AppState) => s.chrome.pauseAtEvents;

/**
 * What play covers, for a class: a range of months (play starts at its first and stops at its
 * last) and whether it pauses at each event on the timeline. Kept in the URL with the speed.
 */
export const PlayOptions = memo(function PlayOptions({ min, max }: Props) {
  const t = useT();
  const from = useAppStore(selectFrom);
  const to = useAppStore(selectTo);
  const pause = useAppStore(selectPause);
  const setChrome = useAppStore((s) => s.setChrome);
  // A new end that crosses the other clears it, so the range is never inverted.
  const setFrom = (text: string) => {
    const m = parseMonth(text);
    setChrome({ playFrom: m, ...(m !== null && to !== null && m >= to && { playTo: null }) });
  };
  const setTo = (text: string) => {
    const m = parseMonth(text);
    setChrome({ playTo: m, ...(m !== null && from !== null && m <= from && { playFrom: null }) });
  };
  return (
    <details className="play-options" data-testid="play-options">
      <summary>{t('timeline.playOptions')}</summary>
      <div className="play-options-body">
        <label>
          {t('timeline.playFrom')}{' '}
          <input
            type="month"
            min={min}
            max={max}
            value={from ?? ''}
            onChange={(e) => setFrom(e.target.value)}
            data-testid="play-from"
          />
        </label>
        <label>
          {t('timeline.playTo')}{' '}
          <input
            type="month"
            min={min}
            max={max}
            value={to ?? ''}
            onChange={(e) => setTo(e.target.value)}
            data-testid="play-to"
          />
        </label>
        <button
          type="button"
          disabled={from === null && to === null}
          onClick={() => setChrome({ playFrom: null, playTo: null })}
        >
          {t('timeline.wholeTimeline')}
        </button>
        <label>
          <input
            type="checkbox"
            checked={pause}
            onChange={(e) => setChrome({ pauseAtEvents: e.target.checked })}
            data-testid="pause-at-events"
          />{' '}
          {t('timeline.pauseAtEvents')}
        </label>
      </div>
    </details>
  );
});

/** The play range drawn on the track, when one is chosen. */
export const PlayRangeBand = memo(function PlayRangeBand({ min, max }: Props) {
  const t = useT();
  const lang = useLang();
  const from = useAppStore(selectFrom);
  const to = useAppStore(selectTo);
  if (from === null && to === null) return null;
  const start = from ?? min;
  const end = to ?? max;
  const left = positionOf({ min, max }, start < min ? min : start);
  const right = positionOf({ min, max }, end > max ? max : end);
  if (right <= left) return null;
  return (
    <div className="play-range-track" aria-hidden="true">
      <div
        className="play-range"
        style={{ left: `${left * 100}%`, width: `${(right - left) * 100}%` }}
        title={t('timeline.range', { from: formatMonth(start, lang), to: formatMonth(end, lang) })}
        data-from={start}
        data-to={end}
      />
    </div>
  );
});
