import { memo, useState } from 'react';
import { formatPartialDate } from '../../i18n/formatDate';
import type { Month } from '../../model/month';
import { positionOf } from '../../model/timeline';
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
 * One marker per month with key events, under the slider. Hover or focus names the events;
 * a click goes to their month. Markers are buttons, so they are reachable by Tab.
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
  const [open, setOpen] = useState<Month | null>(null);
  const range = { min, max };
  return (
    <ol className="event-markers" aria-label={t('timeline.events')}>
      {[...byMonth].map(([month, events]) => {
        if (month < min || month > max) return null;
        const left = `${positionOf(range, month) * 100}%`;
        const names = events
          .map((e) =>
            t('timeline.jumpTo', { title: e.title, date: formatPartialDate(e.date, lang) }),
          )
          .join(' ');
        const kind = events[0]?.kind ?? 'other';
        return (
          <li key={month} style={{ left }} className={month === current ? 'current' : undefined}>
            <button
              type="button"
              className={`event-marker kind-${kind}`}
              aria-label={names}
              data-month={month}
              onClick={() => onJump(month)}
              onMouseEnter={() => setOpen(month)}
              onMouseLeave={() => setOpen((m) => (m === month ? null : m))}
              onFocus={() => setOpen(month)}
              onBlur={() => setOpen((m) => (m === month ? null : m))}
            />
            {open === month && (
              <div className="event-popup" role="tooltip">
                {events.map((e) => (
                  <p key={e.id}>
                    <span className="event-date">{formatPartialDate(e.date, lang)}</span> {e.title}
                  </p>
                ))}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
});
