import { useEffect, useState } from 'react';
import { useT } from '../useT';
import { registerWorker } from './registerWorker';
import { workerScriptUrl } from './workerUrl';
import './offline.css';

const BASE = import.meta.env.BASE_URL;

/**
 * The offline copy: registers the service worker once the first map is on screen (App mounts
 * this after its first paint, so the worker's downloads never compete with the map's), and
 * shows a quiet prompt when a new version has been deployed and stored.
 */
export default function OfflineWorker() {
  const t = useT();
  const [apply, setApply] = useState<(() => void) | null>(null);
  useEffect(
    () =>
      registerWorker(
        navigator.serviceWorker,
        workerScriptUrl(
          `${BASE}sw.js`,
          window.location.origin,
          new URL(`${BASE}sw.js`, window.location.href).pathname,
        ),
        BASE,
        (next) => setApply(() => next),
        () => window.location.reload(),
      ),
    [],
  );
  if (!apply) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <span>{t('offline.update')}</span>
      <button type="button" onClick={apply}>
        {t('offline.reload')}
      </button>
      <button type="button" className="link-button" onClick={() => setApply(null)}>
        {t('offline.dismiss')}
      </button>
    </div>
  );
}
