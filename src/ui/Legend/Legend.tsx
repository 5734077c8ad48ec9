import { memo, useMemo } from 'react';
import { PatternDef } from '../../export/SceneSvg';
import { sceneLegend } from '../../map/scene';
import { patternOf, type MapStyle } from '../../map/style';
import { useAppStore } from '../../state/appStore';
import { selectMapStyle, selectReading } from '../../state/selectors';
import type { AppState } from '../../state/store';
import { useLang, useT } from '../useT';
import { legendFilter, legendHeading, legendLabel } from '../../i18n/legend';
import './legend.css';

function Swatch({ fill, style }: { fill: string; style: MapStyle }) {
  const pattern = patternOf(style, fill);
  const id = pattern ? `legend-${pattern.id}` : null;
  return (
    <svg className="swatch" width="18" height="12" viewBox="0 0 18 12" aria-hidden="true">
      {pattern && id && (
        <defs>
          <PatternDef pattern={pattern} id={id} />
        </defs>
      )}
      <rect
        width="18"
        height="12"
        fill={id ? `url(#${id})` : fill}
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
  return `${r.lens}|${v.categories.join(',')}|${v.scope}|${date}|${v.resolution ?? ''}|${r.unresearched}`;
};

/** What each colour means, under the current lens and filter, from the same data the map uses. */
export const Legend = memo(function Legend() {
  const t = useT();
  const lang = useLang();
  const key = useAppStore(selectLegendKey);
  const style = useAppStore(selectMapStyle);
  const { items, heading, filter } = useMemo(() => {
    void key;
    const s = useAppStore.getState();
    const reading = selectReading(s);
    return {
      items: sceneLegend(reading, style),
      heading: legendHeading(t, lang, s.view),
      filter: legendFilter(t, lang, s.view),
    };
  }, [key, style, t, lang]);
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
            <Swatch fill={item.fill} style={style} /> {legendLabel(t, item)}
          </li>
        ))}
      </ul>
    </figure>
  );
});
