/**
 * The service worker the build writes as sw.js (scripts/vite-plugin-offline.ts fills in
 * PRECACHE and VERSION). It keeps the app's files so the page works with no network after one
 * visit: the page, its scripts and styles, its fonts, the topology, the data and the stories,
 * stored when it installs. Everything is served from that store first, so a classroom with bad
 * wifi gets the same copy every time; a new deployment is a new sw.js (its VERSION is a hash of
 * every stored file), which installs beside the old one and waits until the page asks it to take
 * over (the "new version" prompt), so a lesson is never switched mid-way.
 */
const PRECACHE = self.__PRECACHE__;
const VERSION = self.__VERSION__;
const PREFIX = 'sanctions-map-';
const CACHE = `${PREFIX}${VERSION}`;
// What was fetched without being stored at install (the Korean font slices, the CSV): kept on
// first use, across versions, since their names carry their content's hash or rarely change.
const RUNTIME = `${PREFIX}runtime`;
const scope = new URL(self.registration.scope);
const PAGE = new URL('index.html', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll(
          PRECACHE.map((path) => new Request(new URL(path, scope), { cache: 'reload' })),
        ),
      ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(PREFIX) && key !== CACHE && key !== RUNTIME)
            .map((key) => caches.delete(key)),
        ),
      )
      // The first visit's page is taken over at once, so the files it loads later are served
      // (and its next reload works) without the network.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void self.skipWaiting();
});

/** A navigation to the app's one page, whatever its query (a story, a date, a language). */
function isAppPage(request) {
  const { pathname } = new URL(request.url);
  return (
    request.mode === 'navigate' &&
    (pathname === scope.pathname || pathname === `${scope.pathname}index.html`)
  );
}

async function respond(request) {
  const cache = await caches.open(CACHE);
  // Vary is ignored: a host may vary on Origin (Vite's preview does), which a stored request lacks.
  const options = { ignoreVary: true };
  const stored = await cache.match(isAppPage(request) ? PAGE : request, options);
  if (stored) return stored;
  const runtime = await caches.open(RUNTIME);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await runtime.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await runtime.match(request, options);
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin) return;
  if (!url.href.startsWith(scope.href)) return;
  event.respondWith(respond(request));
});
