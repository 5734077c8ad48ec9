import { lazy, memo, Suspense } from 'react';
import { LENSES, lensReadsScope, SCOPES, type Lens } from '../../model/view';
import { defaultCompareMonth, defaultResolution } from '../../model/lensArguments';
import type { Month } from '../../model/month';
import type { Resolution } from '../../model/types';
import { useAppStore } from '../../state/appStore';
import { selectLens } from '../../state/selectors';
import type { AppState } from '../../state/store';
import { useT } from '../useT';
import './lens.css';

interface Props {
  readonly resolutions: readonly Resolution[];
  readonly min: Month;
  readonly max: Month;
}

const selectScope = (s: AppState) => s.view.scope;
// The compare lens's month chooser is needed only under that lens: it loads with it.
const CompareChooser = lazy(() => import('./CompareChooser'));
const selectResolution = (s: AppState) => s.view.resolution;

/**
 * What the colours show: one radio per lens, the chosen lens's argument (a resolution, a date to
 * compare with) and, for the lenses that count measures, the scope switch. It reads the date
 * only when a lens is picked, so a timeline step re-renders none of it.
 */
export const LensPicker = memo(function LensPicker({ resolutions, min, max }: Props) {
  const t = useT();
  const lens = useAppStore(selectLens);
  const scope = useAppStore(selectScope);
  const resolution = useAppStore(selectResolution);
  const setLens = useAppStore((s) => s.setLens);
  const setScope = useAppStore((s) => s.setScope);

  const pick = (next: Lens) => {
    const { date } = useAppStore.getState().view;
    if (next === 'resolution') setLens(next, defaultResolution(resolutions, date));
    else if (next === 'compare') setLens(next, defaultCompareMonth(date, min, max));
    else setLens(next);
  };
  const choices = resolutions.length > 0 ? LENSES : LENSES.filter((l) => l !== 'resolution');

  return (
    <div className="lens-picker" data-testid="lens-picker">
      <fieldset className="lens-choice">
        <legend>{t('lens.legend')}</legend>
        {choices.map((l) => (
          <label key={l} className={l === lens ? 'chosen' : undefined}>
            <input
              type="radio"
              name="lens"
              value={l}
              checked={l === lens}
              onChange={() => pick(l)}
              aria-describedby={l === lens ? 'lens-hint' : undefined}
            />
            {t(`lens.${l}`)}
          </label>
        ))}
      </fieldset>
      <div className="lens-options">
        {lens === 'resolution' && (
          <label className="lens-argument">
            {t('lens.resolutionLabel')}{' '}
            <select
              value={resolution ?? ''}
              onChange={(e) => setLens('resolution', e.target.value)}
              data-testid="resolution-chooser"
            >
              {resolutions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {lens === 'compare' && (
          <Suspense fallback={null}>
            <CompareChooser min={min} max={max} />
          </Suspense>
        )}
        {lensReadsScope(lens) && (
          <fieldset className="scope-choice">
            <legend>{t('scope.legend')}</legend>
            {SCOPES.map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name="scope"
                  value={s}
                  checked={s === scope}
                  onChange={() => setScope(s)}
                />
                {t(`scope.${s}`)}
              </label>
            ))}
          </fieldset>
        )}
        <p className="lens-hint" id="lens-hint">
          {t(`lens.hint.${lens}`)}
        </p>
      </div>
    </div>
  );
});
