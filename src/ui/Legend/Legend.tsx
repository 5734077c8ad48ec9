import { memo, useMemo } from 'react';
import { sceneLegend } from '../../map/scene';
import { STANDARD_STYLE } from '../../map/style';
import { useAppStore } from '../../state/appStore';
import { selectReading } from '../../state/selectors';
import type { AppState } from '../../state/store';
import { useLang, useT } from '../useT';
import { legendFilter, legendHeading, legendLabel } from '../../i18n/legend';
import './legend.css';

function Swatch({ fill }: { fill: string }) {
  return (
    <svg className="swatch" width="18" height="12" aria-hidden="true">
      <defs>
        <pattern
          id="legend-hatch"
          width="4"
          height="4"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="4" height="4" fill={STANDARD_STYLE.hatch.background} />
          <line x1="0" y1="0" x2="0" y2="4" stroke={STANDARD_STYLE.hatch.line} strokeWidth="1.2" />
        </pattern>
      </defs>
      <rect
        width="18"
        height="12"
        fill={fill.startsWith('url(') ? 'url(#legend-hatch)' : fill}
        stroke="#999"
        strokeWidth="0.5"
      />
    </svg>
  );
}

/** What changes the legend: the lens and its argument, the filter, whether any state is unresearched. */
const selectLegendKey = (s: AppState) => {
  const r = selectReading(s);
  const v = s.view;
  // The date matters only to the compare lens's heading ("Between ... and ..."): leaving it out
  // elsewhere keeps the legend from re-rendering on every timeline step.
  const date = r.lens === 'compare' ? `${v.date}|${v.compare ?? ''}` : '';
  return `${r.lens}|${v.categories.join(',')}|${date}|${v.resolution ?? ''}|${r.unresearched}`;
};

/** What each colour means, under the current lens and filter, from the same data the map uses. */
export const Legend = memo(function Legend() {
  const t = useT();
  const lang = useLang();
  const key = useAppStore(selectLegendKey);
  const { items, heading, filter } = useMemo(() => {
    void key;
    const s = useAppStore.getState();
    const reading = selectReading(s);
    return {
      items: sceneLegend(reading),
      heading: legendHeading(t, lang, s.view),
      filter: s.view.lens === 'compare' ? null : legendFilter(t, lang, s.view),
    };
  }, [key, t, lang]);
  return (
    <figure className="legend" aria-label={heading} data-testid="legend">
      <figcaption>
        {heading}
        {filter && <span className="legend-filter"> · {filter}</span>}
      </figcaption>
      <ul>
        {items.map((item) => (
          <li
            key={`${item.lens ?? 'map'}-${item.cls}`}
            data-class={item.cls}
            data-level={item.level}
          >
            <Swatch fill={item.fill} /> {legendLabel(t, item)}
          </li>
        ))}
      </ul>
    </figure>
  );
});
