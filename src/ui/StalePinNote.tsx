import { useAppStore } from '../state/appStore';
import { encodeUrl } from '../state/urlCodec';
import { useT } from './useT';
import './StalePinNote.css';

/**
 * Said when a permalink was made with another version of the data: the app serves only its
 * current data, so the view opens on it, and the reader is told.
 */
export function StalePinNote() {
  const stale = useAppStore((s) => s.stalePin);
  // Only a shown note follows the view (its link is the current view's URL): a hidden one
  // must not encode the URL at every step of the timeline.
  return stale === null ? null : <StaleNote stale={stale} />;
}

function StaleNote({ stale }: { stale: string }) {
  const t = useT();
  const dismiss = useAppStore((s) => s.dismissStalePin);
  const current = useAppStore((s) =>
    s.load.status === 'ready' ? encodeUrl(s.view, s.chrome, s.load.world.dataset.version) : '',
  );
  return (
    <p className="stale-pin" role="status" data-testid="stale-pin" data-pinned={stale}>
      {t('pin.stale')}{' '}
      <a href={`${window.location.pathname}${current}`} onClick={() => dismiss()}>
        {t('pin.current')}
      </a>
      <button
        type="button"
        className="dismiss"
        onClick={() => dismiss()}
        aria-label={t('pin.dismiss')}
      >
        ×
      </button>
    </p>
  );
}
