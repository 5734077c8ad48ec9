import { useCallback, useEffect } from 'react';
import { formatMonth } from '../i18n/formatDate';
import { boot } from '../state/boot';
import { useAppStore } from '../state/appStore';
import { startPlayer } from '../state/player';
import { selectDate, selectEmbed, selectLoad, selectStatuses } from '../state/selectors';
import { startUrlSync } from '../state/urlSync';
import { ActorPicker } from './ActorPicker';
import { DetailsPanel } from './DetailsPanel/DetailsPanel';
import { useEmbedHeight } from './Embed/useEmbedHeight';
import { ErrorView } from './ErrorView/ErrorView';
import { CategoryFilters } from './Filters/CategoryFilters';
import { Footer } from './Footer/Footer';
import { Legend } from './Legend/Legend';
import { WorldMap } from './Map/WorldMap';
import { Timeline } from './Timeline/Timeline';
import { useLang, useT } from './useT';

const BASE = import.meta.env.BASE_URL;

function load() {
  return boot(useAppStore, {
    base: BASE,
    search: window.location.search,
    now: new Date(),
    fetcher: (url) => window.fetch(url),
  });
}

/** Loads the data once, then keeps the URL and the player in step with the store. */
function useBoot() {
  const ready = useAppStore((s) => s.load.status === 'ready');
  useEffect(() => {
    void load();
  }, []);
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

function MapSummary() {
  const t = useT();
  const lang = useLang();
  const statuses = useAppStore(selectStatuses);
  const date = useAppStore(selectDate);
  let count = 0;
  for (const s of statuses.values()) if (s.kind === 'member' && s.level > 0) count++;
  return (
    <p className="map-summary" data-testid="map-summary" data-count={count}>
      {t('map.summary', { count, month: formatMonth(date, lang) })}
    </p>
  );
}

export function App() {
  const t = useT();
  const lang = useLang();
  const load$ = useAppStore(selectLoad);
  const embed = useAppStore(selectEmbed);
  const date = useAppStore(selectDate);
  const retry = useCallback(() => void load(), []);
  useBoot();
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
              <WorldMap
                geometry={load$.geometry}
                dataset={load$.dataset}
                label={t('map.label', { month: formatMonth(date, lang) })}
              />
              <MapSummary />
              <Legend />
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
