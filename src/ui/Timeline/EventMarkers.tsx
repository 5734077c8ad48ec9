import { memo, useCallback, useMemo, useRef, useState, type FocusEvent } from 'react';
import { formatPartialDate } from '../../i18n/formatDate';
import { DATA_LANG } from '../../i18n/lang';
import type { Month } from '../../model/month';
import { clusterMonths, positionOf } from '../../model/timeline';
import type { TimelineEvent } from '../../model/types';
import { useLang, useT } from '../useT';
import { MIN_MARK_GAP_PX, useTrackWidth } from './useTrackWidth';

interface Props {
  readonly byMonth: ReadonlyMap<Month, TimelineEvent[]>;
  readonly min: Month;
  readonly max: Month;
  readonly current: Month;
  readonly onJump: (month: Month) => void;
  /** Events the lens is about (a resolution's adoption and deadlines): drawn stronger. */
  readonly emphasis?: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();
/** Past this point of the track, a marker's list opens leftwards so it stays on the page. */
export const END = 0.75;

/**
 * Key events under the slider. Each marker is a button (reachable by Tab) that jumps to its
 * first month; hover or focus opens a list of its events, each of which jumps to its own month.
 * Events close together on the track share a marker, so every one can be reached. Under the
 * resolution lens, the resolution's own events stand out and the others step back.
 */
export const EventMarkers = memo(function EventMarkers({
  byMonth,
  min,
  max,
  current,
  onJump,
  emphasis = NONE,
}: Props) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  const width = useTrackWidth(list);
  const [open, setOpen] = useState<Month | null>(null);

  const clusters = useMemo(
    () =>
      clusterMonths({ min, max }, [...byMonth.keys()], MIN_MARK_GAP_PX / width).map((months) => ({
        months,
        first: months[0] as Month,
        position: positionOf({ min, max }, months[0] as Month),
        events: months.flatMap((m) => byMonth.get(m) ?? []),
      })),
    [byMonth, min, max, width],
  );
  const close = useCallback((month: Month) => setOpen((m) => (m === month ? null : m)), []);

  return (
    <ol
      className={`event-markers${emphasis.size > 0 ? ' emphasising' : ''}`}
      aria-label={t('timeline.events')}
      ref={list}
    >
      {clusters.map((c) => (
        <EventMarker
          key={c.first}
          first={c.first}
          position={c.position}
          events={c.events}
          emphasis={emphasis}
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
  readonly position: number;
  readonly events: readonly TimelineEvent[];
  readonly emphasis: ReadonlySet<string>;
  readonly isCurrent: boolean;
  readonly isOpen: boolean;
  readonly onOpen: (month: Month) => void;
  readonly onClose: (month: Month) => void;
  readonly onJump: (month: Month) => void;
}

/** One marker; memoised, so a timeline step re-renders only the markers it enters or leaves. */
const EventMarker = memo(function EventMarker({
  first,
  position,
  events,
  emphasis,
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
  const emphasised = events.some((e) => emphasis.has(e.id));
  const onBlur = (e: FocusEvent<HTMLLIElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onClose(first);
  };
  return (
    <li
      style={{ left: `${position * 100}%` }}
      className={
        [isCurrent && 'current', emphasised && 'emphasised', position > END && 'end']
          .filter(Boolean)
          .join(' ') || undefined
      }
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
        data-emphasised={emphasised || undefined}
        onClick={() => onJump(first)}
      />
      {isOpen && (
        <div className="event-popup" role="tooltip">
          {events.map((e) => (
            <button
              key={e.id}
              type="button"
              className={`event-item${emphasis.has(e.id) ? ' emphasised' : ''}`}
              onClick={() => onJump(e.month)}
              tabIndex={-1}
            >
              <span className="event-date">{formatPartialDate(e.date, lang)}</span>{' '}
              <span lang={lang === DATA_LANG ? undefined : DATA_LANG}>{e.title}</span>
            </button>
          ))}
        </div>
      )}
    </li>
  );
});
