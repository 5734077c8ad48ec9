import { memo } from 'react';
import { CATEGORIES } from '../../model/categories';
import { HATCH_FILL, legendBins, NO_DATA_COLOR, NONE_COLOR, TARGET_COLOR } from '../../map/palette';
import { useAppStore } from '../../state/appStore';
import { selectMeasures } from '../../state/selectors';
import { useT } from '../useT';

function Swatch({ fill }: { fill: string }) {
  return (
    <svg className="swatch" width="18" height="12" aria-hidden="true">
      <rect width="18" height="12" fill={fill} stroke="#999" strokeWidth="0.5" />
    </svg>
  );
}

/**
 * What each colour means, for the categories currently shown. The hatch for states not yet
 * researched appears only while the data has such states.
 */
export const Legend = memo(function Legend({ showUnresearched }: { showUnresearched: boolean }) {
  const t = useT();
  const measures = useAppStore(selectMeasures);
  const bins = legendBins(measures.length);
  const title =
    measures.length === CATEGORIES.length
      ? t('legend.title')
      : t('legend.titleFiltered', { count: measures.length });
  return (
    <figure className="legend" aria-label={title} data-testid="legend">
      <figcaption>{title}</figcaption>
      <ul>
        <li>
          <Swatch fill={NONE_COLOR} /> {t('legend.none')}
        </li>
        {bins.map((b) => (
          <li key={b.level} data-level={b.level}>
            <Swatch fill={b.color} />{' '}
            {b.orMore
              ? t('legend.levelPlus', { level: b.level })
              : t('legend.level', { level: b.level })}
          </li>
        ))}
        {showUnresearched && (
          <li>
            <Swatch fill={HATCH_FILL} /> {t('legend.notResearched')}
          </li>
        )}
        <li>
          <Swatch fill={TARGET_COLOR} /> {t('legend.target')}
        </li>
        <li>
          <Swatch fill={NO_DATA_COLOR} /> {t('legend.noData')}
        </li>
      </ul>
    </figure>
  );
});
