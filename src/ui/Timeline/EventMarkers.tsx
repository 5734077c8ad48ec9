import { memo, useCallback, useEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { formatPartialDate } from '../../i18n/formatDate';
import type { Month } from '../../model/month';
import { clusterMonths, positionOf } from '../../model/timeline';
import type { TimelineEvent } from '../../model/types';
import { useLang, useT } from '../useT';

interface Props {
  readonly byMonth: ReadonlyMap<Month, TimelineEvent[]>;
  readonly min: Month;
  readonly max: Month;
  readonly current: Month;
  readonly onJump: (month: Month) => void;
}

/**
 * Markers closer than this many pixels share one marker, so none hides another: each marker is
 * a 24-pixel target (WCAG 2.2's minimum, and enough for a thumb), so they sit at least that far
 * apart.
 */
const MIN_MARKER_GAP_PX = 24;
/** The share of the track's width it must change by before the markers are grouped anew. */
const WIDTH_SLACK = 0.05;

/**
 * Key events under the slider. Each marker is a button (reachable by Tab) that jumps to its
 * first month; hover or focus opens a list of its events, each of which jumps to its own month.
 * Events close together on the track share a marker, so every one can be reached.
 */
export const EventMarkers = memo(function EventMarkers({
  byMonth,
  min,
  max,
  current,
  onJump,
}: Props) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  const [width, setWidth] = useState(1000);
  const [open, setOpen] = useState<Month | null>(null);

  useEffect(() => {
    const el = list.current;
    if (!el) return;
    // Small changes are ignored: a popup that makes the page scroll takes a scrollbar's width
    // off the track, and regrouping the markers under the pointer then closed the popup, which
    // gave the width back, and so on.
    const observer = new ResizeObserver(([entry]) => {
      const next = entry?.contentRect.width ?? 0;
      if (next > 0) setWidth((w) => (Math.abs(next - w) > w * WIDTH_SLACK ? next : w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const clusters = useMemo(
    () =>
      clusterMonths({ min, max }, [...byMonth.keys()], MIN_MARKER_GAP_PX / width).map((months) => ({
        months,
        first: months[0] as Month,
        left: `${positionOf({ min, max }, months[0] as Month) * 100}%`,
        events: months.flatMap((m) => byMonth.get(m) ?? []),
      })),
    [byMonth, min, max, width],
  );
  const close = useCallback((month: Month) => setOpen((m) => (m === month ? null : m)), []);

  return (
    <ol className="event-markers" aria-label={t('timeline.events')} ref={list}>
      {clusters.map((c) => (
        <EventMarker
          key={c.first}
          first={c.first}
          left={c.left}
          events={c.events}
          isCurrent={c.months.includes(current)}
          isOpen={open === c.first}
          onOpen={setOpen}
          onClose={close}
          onJump={onJump}
        />
      ))}
    </ol>
  );
});

interface MarkerProps {
  readonly first: Month;
  readonly left: string;
  readonly events: readonly TimelineEvent[];
  readonly isCurrent: boolean;
  readonly isOpen: boolean;
  readonly onOpen: (month: Month) => void;
  readonly onClose: (month: Month) => void;
  readonly onJump: (month: Month) => void;
}

/** One marker; memoised, so a timeline step re-renders only the markers it enters or leaves. */
const EventMarker = memo(function EventMarker({
  first,
  left,
  events,
  isCurrent,
  isOpen,
  onOpen,
  onClose,
  onJump,
}: MarkerProps) {
  const t = useT();
  const lang = useLang();
  const name = events
    .map((e) => t('timeline.jumpTo', { title: e.title, date: formatPartialDate(e.date, lang) }))
    .join(' ');
  const onBlur = (e: FocusEvent<HTMLLIElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onClose(first);
  };
  return (
    <li
      style={{ left }}
      className={isCurrent ? 'current' : undefined}
      onMouseEnter={() => onOpen(first)}
      onMouseLeave={() => onClose(first)}
      onFocus={() => onOpen(first)}
      onBlur={onBlur}
    >
      <button
        type="button"
        className={`event-marker kind-${events[0]?.kind ?? 'other'}${events.length > 1 ? ' cluster' : ''}`}
        aria-label={name}
        data-month={first}
        onClick={() => onJump(first)}
      />
      {isOpen && (
        <div className="event-popup" role="tooltip">
          {events.map((e) => (
            <button
              key={e.id}
              type="button"
              className="event-item"
              onClick={() => onJump(e.month)}
              tabIndex={-1}
            >
              <span className="event-date">{formatPartialDate(e.date, lang)}</span> {e.title}
            </button>
          ))}
        </div>
      )}
    </li>
  );
});
