import { MAX_ZOOM } from '../../map/frame';
import { FOCUS_REGIONS, type FocusRegion } from '../../model/view';
import { useAppStore } from '../../state/appStore';
import type { AppState } from '../../state/store';
import { useT } from '../useT';

const selectFocus = (s: AppState) => s.view.focus;
const selectAtMin = (s: AppState) => s.zoom.k <= 1.001;
const selectAtMax = (s: AppState) => s.zoom.k >= MAX_ZOOM - 0.001;

/**
 * The map's zoom buttons and its region menu. Buttons at a limit say so (`aria-disabled`)
 * rather than being disabled, so keyboard focus is never dropped from under the reader.
 */
export function ZoomControls() {
  const t = useT();
  const focus = useAppStore(selectFocus);
  const atMin = useAppStore(selectAtMin);
  const atMax = useAppStore(selectAtMax);
  const zoomBy = useAppStore((s) => s.zoomBy);
  const resetZoom = useAppStore((s) => s.resetZoom);
  const setFocus = useAppStore((s) => s.setFocus);
  return (
    <div
      className="zoom-controls"
      role="group"
      aria-label={t('zoom.label')}
      data-testid="zoom-controls"
    >
      <button
        type="button"
        aria-label={t('zoom.in')}
        title={t('zoom.in')}
        aria-disabled={atMax}
        onClick={() => zoomBy(2)}
        data-testid="zoom-in"
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        aria-label={t('zoom.out')}
        title={t('zoom.out')}
        aria-disabled={atMin}
        onClick={() => zoomBy(0.5)}
        data-testid="zoom-out"
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        aria-label={t('zoom.reset')}
        title={t('zoom.reset')}
        onClick={() => resetZoom()}
        data-testid="zoom-reset"
      >
        <span aria-hidden="true">⟲</span>
      </button>
      <label className="focus-region">
        <span className="visually-hidden">{t('focus.label')}</span>
        <select
          value={focus}
          onChange={(e) => setFocus(e.target.value as FocusRegion)}
          data-testid="focus-region"
        >
          {FOCUS_REGIONS.map((r) => (
            <option key={r} value={r}>
              {t(`focus.${r}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
