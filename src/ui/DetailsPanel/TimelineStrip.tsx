import { memo, useMemo } from 'react';
import { formatMonth, formatPartialDate } from '../../i18n/formatDate';
import type { Month } from '../../model/month';
import type { TimelineRange } from '../../model/timeline';
import type { AppliedMeasure } from '../../model/types';
import { useLang, useT } from '../useT';
import { stripLayout, stripPosition, stripTicks } from './stripLayout';
import './strip.css';

interface Props {
  readonly measures: readonly AppliedMeasure[];
  readonly range: TimelineRange;
  readonly month: Month;
}

const pct = (x: number) => `${(x * 100).toFixed(3)}%`;

/** The bars, laid out once per record: moving the timeline moves only the month's mark. */
const Bars = memo(function Bars({ measures, range }: Omit<Props, 'month'>) {
  const t = useT();
  const lang = useLang();
  const layout = useMemo(() => stripLayout(measures, range), [measures, range]);
  const byKey = useMemo(
    () => new Map(measures.map((a) => [`${a.measure.id}-${a.via ?? ''}`, a])),
    [measures],
  );
  return (
    <>
      {layout.rows.map((row, i) => (
        <span
          key={`${row.category}-${row.lane}`}
          className={`strip-lane cat-${row.category}`}
          style={{ gridRow: i + 1 }}
        />
      ))}
      {layout.bars.map((bar) => {
        const a = byKey.get(bar.key);
        const m = a?.measure;
        const span = m
          ? `${formatPartialDate(m.start, lang)} – ${m.end ? formatPartialDate(m.end, lang) : t('panel.ongoing')}`
          : '';
        return (
          <span
            key={bar.key}
            className={`strip-bar cat-${bar.category}${bar.ongoing ? ' ongoing' : ''}`}
            data-bar-of={bar.measureId}
            data-row={bar.row}
            style={{
              gridRow: bar.row + 1,
              left: pct(bar.start),
              width: pct(bar.end - bar.start),
            }}
            title={m ? `${t(`category.${bar.category}`)}, ${span}: ${m.summary}` : undefined}
          />
        );
      })}
    </>
  );
});

/**
 * A state's record at a glance: each measure a bar from start to end, coloured by kind, so
 * relaxations and reinstatements show as gaps and new bars; the panel's month is marked. A
 * picture (the list under it says the same in words), so it is one image to a screen reader.
 */
export function TimelineStrip({ measures, range, month }: Props) {
  const t = useT();
  const lang = useLang();
  const ticks = useMemo(() => stripTicks(range), [range]);
  return (
    <figure className="strip" data-testid="timeline-strip">
      <div
        className="strip-bars"
        role="img"
        aria-label={t('strip.label', {
          from: formatMonth(range.min, lang),
          to: formatMonth(range.max, lang),
        })}
      >
        <Bars measures={measures} range={range} />
        <span
          className="strip-now"
          style={{ left: pct(stripPosition(range, month)) }}
          title={t('strip.now', { month: formatMonth(month, lang) })}
        />
      </div>
      <div className="strip-axis" aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick.year} style={{ left: pct(tick.at) }} data-at={tick.at}>
            {tick.year}
          </span>
        ))}
      </div>
    </figure>
  );
}
