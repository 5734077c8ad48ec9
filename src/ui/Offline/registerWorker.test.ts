import { describe, expect, it, vi } from 'vitest';
import { registerWorker } from './registerWorker';

/** Just enough of a service worker, its registration and the page's container. */
class FakeWorker extends EventTarget {
  state = 'installing';
  readonly postMessage = vi.fn();
  become(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  readonly update = vi.fn(() => Promise.resolve());
  found(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

function setUp(controlled: boolean, registration = new FakeRegistration()) {
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? {} : null,
    register: vi.fn(() => Promise.resolve(registration)),
  });
  const onUpdate = vi.fn<(apply: () => void) => void>();
  const reload = vi.fn();
  const stop = registerWorker(
    container as unknown as ServiceWorkerContainer,
    '/sw.js',
    '/',
    onUpdate,
    reload,
  );
  return { container, registration, onUpdate, reload, stop };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('registerWorker', () => {
  it('registers the worker for the app’s scope, and looks for a new version at once', async () => {
    const { container, registration } = setUp(true);
    await settle();
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    expect(registration.update).toHaveBeenCalled();
  });

  it('offers a new version once it has installed beside the one in control', async () => {
    const { registration, onUpdate } = setUp(true);
    await settle();
    const next = new FakeWorker();
    registration.found(next);
    expect(onUpdate).not.toHaveBeenCalled();
    next.become('installed');
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('offers a version that was already waiting when the page opened', async () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    const { onUpdate } = setUp(true, registration);
    await settle();
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('offers nothing on the first visit, when the worker installs with no page to replace', async () => {
    const { registration, onUpdate } = setUp(false);
    await settle();
    const first = new FakeWorker();
    registration.found(first);
    first.become('installed');
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('applies: the waiting worker is asked to take over, and the page reloads once it has', async () => {
    const { container, registration, onUpdate, reload } = setUp(true);
    await settle();
    const next = new FakeWorker();
    registration.found(next);
    next.become('installed');
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();
    onUpdate.mock.calls[0]?.[0]();
    expect(next.postMessage).toHaveBeenCalledWith('skip-waiting');
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('leaves the page as it is when registration fails', async () => {
    const container = Object.assign(new EventTarget(), {
      controller: null,
      register: vi.fn(() => Promise.reject(new Error('blocked'))),
    });
    const onUpdate = vi.fn();
    registerWorker(
      container as unknown as ServiceWorkerContainer,
      '/sw.js',
      '/',
      onUpdate,
      vi.fn(),
    );
    await settle();
    expect(onUpdate).not.toHaveBeenCalled();
  });
});
