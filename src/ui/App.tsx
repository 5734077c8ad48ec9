import { useCallback, useEffect } from 'react';
import { hasUnresearched } from '../model/levels';
import { boot } from '../state/boot';
import { useAppStore } from '../state/appStore';
import { startPlayer } from '../state/player';
import { selectEmbed, selectLoad } from '../state/selectors';
import { startUrlSync } from '../state/urlSync';
import { ActorPicker } from './ActorPicker';
import { DetailsPanel } from './DetailsPanel/DetailsPanel';
import { useEmbedHeight } from './Embed/useEmbedHeight';
import { ErrorView } from './ErrorView/ErrorView';
import { CategoryFilters } from './Filters/CategoryFilters';
import { Footer } from './Footer/Footer';
import { Legend } from './Legend/Legend';
import { MapSummary } from './Map/MapSummary';
import { WorldMap } from './Map/WorldMap';
import { Timeline } from './Timeline/Timeline';
import { useT } from './useT';

const BASE = import.meta.env.BASE_URL;

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
  const embed = useAppStore(selectEmbed);
  const retry = useCallback(() => void load(), []);
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
        <h1>{t('app.title')}</h1>
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
          <main className="layout">
            <div className="map-column">
              <WorldMap geometry={load$.geometry} dataset={load$.dataset} />
              <MapSummary />
              <Legend showUnresearched={hasUnresearched(load$.dataset)} />
              <Timeline
                min={load$.ctx.minMonth}
                max={load$.ctx.maxMonth}
                events={load$.dataset.events}
              />
              {!embed && (
                <div className="controls">
                  <CategoryFilters categories={load$.dataset.categories} />
                  <ActorPicker dataset={load$.dataset} />
                </div>
              )}
            </div>
            <DetailsPanel dataset={load$.dataset} />
          </main>
          <Footer dataset={load$.dataset} base={BASE} compact={embed} />
        </>
      )}
    </div>
  );
}
