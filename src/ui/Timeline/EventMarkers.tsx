import { memo, useEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
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

/** Markers closer than this many pixels share one marker, so none hides another. */
const MIN_MARKER_GAP_PX = 12;

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
  const lang = useLang();
  const list = useRef<HTMLOListElement>(null);
  const [width, setWidth] = useState(1000);
  const [open, setOpen] = useState<Month | null>(null);

  useEffect(() => {
    const el = list.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const clusters = useMemo(
    () => clusterMonths({ min, max }, [...byMonth.keys()], MIN_MARKER_GAP_PX / width),
    [byMonth, min, max, width],
  );

  const close = (month: Month) => setOpen((m) => (m === month ? null : m));
  const onBlur = (month: Month) => (e: FocusEvent<HTMLLIElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) close(month);
  };

  return (
    <ol className="event-markers" aria-label={t('timeline.events')} ref={list}>
      {clusters.map((months) => {
        const first = months[0] as Month;
        const events = months.flatMap((m) => byMonth.get(m) ?? []);
        const name = events
          .map((e) =>
            t('timeline.jumpTo', { title: e.title, date: formatPartialDate(e.date, lang) }),
          )
          .join(' ');
        const isCurrent = months.includes(current);
        return (
          <li
            key={first}
            style={{ left: `${positionOf({ min, max }, first) * 100}%` }}
            className={isCurrent ? 'current' : undefined}
            onMouseEnter={() => setOpen(first)}
            onMouseLeave={() => close(first)}
            onFocus={() => setOpen(first)}
            onBlur={onBlur(first)}
          >
            <button
              type="button"
              className={`event-marker kind-${events[0]?.kind ?? 'other'}${months.length > 1 ? ' cluster' : ''}`}
              aria-label={name}
              data-month={first}
              onClick={() => onJump(first)}
            />
            {open === first && (
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
      })}
    </ol>
  );
});
