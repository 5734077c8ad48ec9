import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { boot } from '../state/boot';
import { useAppStore } from '../state/appStore';
import { startPlayer } from '../state/player';
import { selectChrome, selectLoad, selectOpenActor } from '../state/selectors';
import { startUrlSync } from '../state/urlSync';
import { ActorPicker } from './ActorPicker';
import { DetailsPanel } from './DetailsPanel/DetailsPanel';
import { EmbedFooter } from './Embed/EmbedFooter';
import { useEmbedHeight } from './Embed/useEmbedHeight';
import { ErrorView } from './ErrorView/ErrorView';
import { CategoryFilters } from './Filters/CategoryFilters';
import { Footer } from './Footer/Footer';
import { Legend } from './Legend/Legend';
import { MapSummary } from './Map/MapSummary';
import { WorldMap } from './Map/WorldMap';
import { StalePinNote } from './StalePinNote';
import { Timeline } from './Timeline/Timeline';
import { useT } from './useT';
import { ViewTitle } from './ViewTitle';
import './App.css';

const BASE = import.meta.env.BASE_URL;
// The share dialog (and the export code it loads) is not needed for the first map: it loads on use.
const ShareDialog = lazy(() => import('./Share/ShareDialog'));

/**
 * Loads the dataset and the topology into the store. main.tsx calls it before React's first
 * render, so the downloads (already started by the page's preload links) are read as soon as
 * they arrive; the error view's retry calls it again.
 */
export function load() {
  return boot(useAppStore, {
    base: BASE,
    search: window.location.search,
    now: new Date(),
    fetcher: (url) => window.fetch(url),
  });
}

/** Once the data is in, keeps the URL and the player in step with the store. */
function useSync() {
  const ready = useAppStore((s) => s.load.status === 'ready');
  useEffect(() => {
    if (!ready) return;
    const stopUrl = startUrlSync(useAppStore);
    const stopPlayer = startPlayer(useAppStore);
    return () => {
      stopUrl();
      stopPlayer();
    };
  }, [ready]);
}

/**
 * The page. It subscribes to nothing that changes as time moves, so a timeline step
 * re-renders only the components that show the date.
 */
export function App() {
  const t = useT();
  const load$ = useAppStore(selectLoad);
  const chrome = useAppStore(selectChrome);
  const panelOpen = useAppStore((s) => selectOpenActor(s) !== null);
  const [sharing, setSharing] = useState(false);
  const retry = useCallback(() => void load(), []);
  const { embed } = chrome;
  useSync();
  useEmbedHeight(embed && load$.status !== 'loading');

  return (
    <div className={`app${embed ? ' embed' : ''}`} data-status={load$.status}>
      {!embed && (
        <a className="skip-link" href="#timeline">
          {t('app.skipToTimeline')}
        </a>
      )}
      <header className="app-head">
        {embed && load$.status === 'ready' ? (
          <ViewTitle as="h1" className="embed-title" />
        ) : (
          <h1>{t('app.title')}</h1>
        )}
        {!embed && <p className="subtitle">{t('app.subtitle')}</p>}
      </header>
      {load$.status === 'loading' && (
        <p className="loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {load$.status === 'error' && <ErrorView error={load$.error} onRetry={retry} />}
      {load$.status === 'ready' && (
        <>
          <StalePinNote />
          {/* A class rather than :has(), which makes every change inside the layout restyle it. */}
          <main className={`layout${panelOpen ? ' with-panel' : ''}`}>
            <div className="map-column">
              {!embed && (
                <div className="toolbar">
                  <button
                    type="button"
                    className="share-button"
                    onClick={() => setSharing(true)}
                    data-testid="share"
                    aria-haspopup="dialog"
                  >
                    {t('share.open')}
                  </button>
                </div>
              )}
              <WorldMap world={load$.world} />
              <MapSummary dataset={load$.world.dataset} />
              <Legend />
              {chrome.timeline && (
                <Timeline
                  min={load$.ctx.minMonth}
                  max={load$.ctx.maxMonth}
                  events={load$.world.dataset.events}
                />
              )}
              {!embed && (
                <div className="controls">
                  <CategoryFilters categories={load$.world.dataset.categories} />
                  <ActorPicker dataset={load$.world.dataset} />
                </div>
              )}
            </div>
            <DetailsPanel dataset={load$.world.dataset} />
          </main>
          {embed ? (
            <EmbedFooter dataset={load$.world.dataset} base={BASE} />
          ) : (
            <Footer dataset={load$.world.dataset} base={BASE} />
          )}
          {sharing && (
            <Suspense fallback={null}>
              <ShareDialog world={load$.world} base={BASE} onClose={() => setSharing(false)} />
            </Suspense>
          )}
        </>
      )}
    </div>
  );
}
