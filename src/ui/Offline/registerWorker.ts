/**
 * Registers the offline copy's service worker (the build's sw.js) and reports a new version:
 * a worker that has installed while an older one controls the page. `apply` hands the page to
 * it and reloads once it has taken over. A failed registration (a private window, a browser
 * that blocks workers) leaves the page as it is: it works online, as before.
 */
export function registerWorker(
  container: ServiceWorkerContainer,
  url: string,
  scope: string,
  onUpdate: (apply: () => void) => void,
  reload: () => void,
): () => void {
  let stopped = false;
  let applying = false;
  const offer = (worker: ServiceWorker) => {
    if (stopped || !container.controller) return;
    onUpdate(() => {
      applying = true;
      worker.postMessage('skip-waiting');
    });
  };
  const watch = (worker: ServiceWorker) =>
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  const onControllerChange = () => {
    if (applying) reload();
  };
  container.addEventListener('controllerchange', onControllerChange);
  container
    .register(url, { scope })
    .then((registration) => {
      if (registration.waiting) offer(registration.waiting);
      if (registration.installing) watch(registration.installing);
      registration.addEventListener('updatefound', () => {
        if (registration.installing) watch(registration.installing);
      });
      // Registering again does not look for a new version, and the browser's own look after a
      // visit may come much later: look now, so the prompt shows while the page is open.
      return registration.update();
    })
    .catch(() => undefined);
  return () => {
    stopped = true;
    container.removeEventListener('controllerchange', onControllerChange);
  };
}
