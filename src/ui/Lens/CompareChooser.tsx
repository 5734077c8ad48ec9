import { clampMonth, makeMonth, type Month } from '../../model/month';
import { formatMonthName } from '../../i18n/formatDate';
import { useAppStore } from '../../state/appStore';
import type { AppState } from '../../state/store';
import { useLang, useT } from '../useT';

const selectCompare = (s: AppState) => s.view.compare;
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * The compare lens's other date, as a month and a year (a native month input is not in every
 * browser). A month the timeline does not reach is clamped to its nearest end.
 */
export default function CompareChooser({ min, max }: { min: Month; max: Month }) {
  const t = useT();
  const lang = useLang();
  const compare = useAppStore(selectCompare) ?? max;
  const setLens = useAppStore((s) => s.setLens);
  const year = Number(compare.slice(0, 4));
  const month = Number(compare.slice(5, 7));
  const first = Number(min.slice(0, 4));
  const years = Array.from({ length: Number(max.slice(0, 4)) - first + 1 }, (_, i) => first + i);
  const choose = (y: number, m: number) =>
    setLens('compare', clampMonth(makeMonth(y, m), min, max));
  const outside = (m: number) => {
    const candidate = makeMonth(year, m);
    return candidate < min || candidate > max;
  };
  return (
    <span
      className="lens-argument compare-chooser"
      role="group"
      aria-label={t('lens.compareLabel')}
    >
      <span aria-hidden="true">{t('lens.compareLabel')} </span>
      <select
        value={month}
        onChange={(e) => choose(year, Number(e.target.value))}
        aria-label={t('lens.compareMonth')}
        data-testid="compare-month"
      >
        {MONTHS.map((m) => (
          <option key={m} value={m} disabled={outside(m)}>
            {formatMonthName(m, lang)}
          </option>
        ))}
      </select>{' '}
      <select
        value={year}
        onChange={(e) => choose(Number(e.target.value), month)}
        aria-label={t('lens.compareYear')}
        data-testid="compare-year"
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </span>
  );
}
