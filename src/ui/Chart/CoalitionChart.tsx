import {
  memo,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { formatMonth } from '../../i18n/formatDate';
import { coalitionCounts, coalitionSize } from '../../model/coalitionCounts';
import type { Category } from '../../model/categories';
import { monthIndex, type Month } from '../../model/month';
import { eventsByMonth } from '../../model/timeline';
import type { World } from '../../map/prepare';
import { useAppStore } from '../../state/appStore';
import { selectCategories, selectDate } from '../../state/selectors';
import type { AppState } from '../../state/store';
import { useLang, useT } from '../useT';
import {
  chartScales,
  frameOf,
  indexAt,
  seriesPath,
  type ChartFrame,
  type ChartScales,
} from './chartGeometry';
import './chart.css';

const selectScope = (s: AppState) => s.view.scope;
const PAGE = 12;

/**
 * How the coalition grew: the number of states with each kind of measure in force, month by
 * month, and with any kind shown (the map's count), from the model's counts, so its numbers are
 * the map's. D3 gives the scales and the line shapes; React renders the SVG. It re-renders when
 * the filter, the scope or its width change; as time moves only the cursor moves. Hover, or focus
 * and the arrow keys, read the counts of a month; a click or Enter shows that month on the map.
 */
export default function CoalitionChart({ world }: { world: World }) {
  const t = useT();
  const lang = useLang();
  const { dataset, range } = world;
  const categories = useAppStore(selectCategories);
  const scope = useAppStore(selectScope);
  const setDate = useAppStore((s) => s.setDate);
  const setPlaying = useAppStore((s) => s.setPlaying);
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  const [probe, setProbe] = useState<number | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const counts = useMemo(
    () => coalitionCounts(dataset, range.min, range.max, scope),
    [dataset, range, scope],
  );
  const total = useMemo(() => coalitionSize(counts, categories), [counts, categories]);
  const n = counts.months.length;
  const frame = useMemo(() => frameOf(width), [width]);
  const scales = useMemo(() => chartScales(frame, n, Math.max(0, ...total)), [frame, n, total]);
  const events = useMemo(
    () =>
      [...eventsByMonth(dataset.events)]
        .filter(([m]) => m >= range.min && m <= range.max)
        .map(([m, list]) => ({ index: monthIndex(m) - monthIndex(range.min), list })),
    [dataset, range],
  );

  const month = probe === null ? null : (counts.months[probe] ?? null);
  const show = (index: number) => {
    const m = counts.months[index];
    if (!m) return;
    setPlaying(false);
    setDate(m);
  };
  const dateIndex = () => {
    const { date } = useAppStore.getState().view;
    return Math.max(0, Math.min(n - 1, monthIndex(date) - monthIndex(range.min)));
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    setProbe(indexAt(scales, ((e.clientX - rect.left) * frame.width) / rect.width, n));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = probe ?? dateIndex();
    const step: Record<string, number> = {
      ArrowRight: 1,
      ArrowUp: 1,
      ArrowLeft: -1,
      ArrowDown: -1,
      PageUp: PAGE,
      PageDown: -PAGE,
      Home: -n,
      End: n,
    };
    const delta = step[e.key];
    if (delta !== undefined) {
      e.preventDefault();
      setProbe(Math.max(0, Math.min(n - 1, at + delta)));
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      show(at);
    }
  };

  return (
    <figure className="coalition-chart" data-testid="coalition-chart" aria-labelledby="chart-title">
      <figcaption id="chart-title">{t('chart.title')}</figcaption>
      <div
        ref={box}
        className="chart-plot"
        tabIndex={0}
        role="group"
        aria-label={t('chart.label')}
        aria-describedby="chart-readout"
        onKeyDown={onKeyDown}
        onFocus={() => setProbe((p) => p ?? dateIndex())}
        onBlur={() => setProbe(null)}
        data-testid="chart-plot"
      >
        <svg
          viewBox={`0 0 ${frame.width} ${frame.height}`}
          width={frame.width}
          height={frame.height}
          aria-hidden="true"
          onPointerMove={onPointerMove}
          onPointerLeave={() => setProbe(null)}
          onClick={(e) => {
            const rect = e.currentTarget.getBoundingClientRect();
            show(indexAt(scales, ((e.clientX - rect.left) * frame.width) / rect.width, n));
          }}
        >
          <Axes frame={frame} scales={scales} months={counts.months} />
          <Events frame={frame} scales={scales} events={events} />
          <Lines scales={scales} categories={categories} counts={counts.byCategory} total={total} />
          <Cursor frame={frame} scales={scales} min={range.min} total={total} />
          {probe !== null && (
            <line
              className="chart-probe"
              x1={scales.x(probe)}
              x2={scales.x(probe)}
              y1={frame.top}
              y2={frame.height - frame.bottom}
            />
          )}
        </svg>
      </div>
      <p className="chart-hint">{t('chart.hint')}</p>
      {/* Over the plot, on the side away from the probe, so reading a month never moves the page. */}
      <div
        id="chart-readout"
        className={`chart-readout${probe === null ? '' : probe > n / 2 ? ' left' : ' right'}`}
        aria-live="polite"
        data-testid="chart-readout"
        data-month={month ?? ''}
      >
        {month !== null && probe !== null && (
          <>
            <p className="chart-month">{formatMonth(month, lang)}</p>
            <ul>
              <li data-category="total" data-count={total[probe]}>
                <span className="chart-key total" aria-hidden="true" />
                {t('chart.total')}: {t('chart.count', { count: total[probe] ?? 0 })}
              </li>
              {categories.map((c) => (
                <li key={c} data-category={c} data-count={counts.byCategory[c][probe]}>
                  <span className={`chart-key cat-${c}`} aria-hidden="true" />
                  {t(`category.${c}`)}:{' '}
                  {t('chart.count', { count: counts.byCategory[c][probe] ?? 0 })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </figure>
  );
}

interface AxesProps {
  readonly frame: ChartFrame;
  readonly scales: ChartScales;
  readonly months: readonly Month[];
}

/** Years along the bottom (fewer when narrow), counts up the side, faint grid lines. */
const Axes = memo(function Axes({ frame, scales, months }: AxesProps) {
  const t = useT();
  const years = months.flatMap((m, i) => (m.endsWith('-01') ? [{ year: m.slice(0, 4), i }] : []));
  const every = Math.max(
    1,
    Math.ceil((years.length * 34) / (frame.width - frame.left - frame.right)),
  );
  const base = frame.height - frame.bottom;
  return (
    <g className="chart-axes">
      {scales.y.ticks(4).map((v) => (
        <g key={v}>
          <line
            className="chart-grid"
            x1={frame.left}
            x2={frame.width - frame.right}
            y1={scales.y(v)}
            y2={scales.y(v)}
          />
          <text x={frame.left - 4} y={scales.y(v)} dy="0.32em" textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      {years.map(({ year, i }, k) => (
        <g key={year}>
          <line className="chart-tick" x1={scales.x(i)} x2={scales.x(i)} y1={base} y2={base + 4} />
          {k % every === 0 && (
            <text x={scales.x(i)} y={base + 15} textAnchor="middle">
              {year}
            </text>
          )}
        </g>
      ))}
      <text className="chart-axis-label" x={4} y={9}>
        {t('chart.states')}
      </text>
    </g>
  );
});

interface EventsProps {
  readonly frame: ChartFrame;
  readonly scales: ChartScales;
  readonly events: readonly {
    index: number;
    list: readonly { id: string; title: string; kind: string }[];
  }[];
}

/** The timeline's events, lined up under the plot at their months. */
const Events = memo(function Events({ frame, scales, events }: EventsProps) {
  const base = frame.height - frame.bottom;
  return (
    <g className="chart-events">
      {events.map(({ index, list }) => (
        <g key={index}>
          <line
            className="chart-event-line"
            x1={scales.x(index)}
            x2={scales.x(index)}
            y1={frame.top}
            y2={base}
          />
          <circle
            className={`chart-event kind-${list[0]?.kind ?? 'other'}`}
            cx={scales.x(index)}
            cy={base + 24}
            r={3}
          >
            <title>{list.map((e) => e.title).join('; ')}</title>
          </circle>
        </g>
      ))}
    </g>
  );
});

interface LinesProps {
  readonly scales: ChartScales;
  readonly categories: readonly Category[];
  readonly counts: Readonly<Record<Category, readonly number[]>>;
  readonly total: readonly number[];
}

/** One line per kind shown, and the coalition's size (any kind shown) drawn over them. */
const Lines = memo(function Lines({ scales, categories, counts, total }: LinesProps) {
  return (
    <g className="chart-lines" fill="none">
      {categories.map((c) => (
        <path
          key={c}
          className={`chart-line cat-${c}`}
          d={seriesPath(scales, counts[c])}
          data-category={c}
        />
      ))}
      <path className="chart-line total" d={seriesPath(scales, total)} data-category="total" />
    </g>
  );
});

interface CursorProps {
  readonly frame: ChartFrame;
  readonly scales: ChartScales;
  readonly min: Month;
  readonly total: readonly number[];
}

/** The map's month: the one part of the chart that moves as time does. */
const Cursor = memo(function Cursor({ frame, scales, min, total }: CursorProps) {
  const date = useAppStore(selectDate);
  const i = monthIndex(date) - monthIndex(min);
  const x = scales.x(i);
  return (
    <g className="chart-cursor" data-month={date}>
      <line x1={x} x2={x} y1={frame.top} y2={frame.height - frame.bottom} />
      <circle cx={x} cy={scales.y(total[i] ?? 0)} r={3.5} />
    </g>
  );
});
