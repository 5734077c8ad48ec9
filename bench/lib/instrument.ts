/**
 * Runs in the page before its scripts (as an init script): long-task recording, a "drawn" timer
 * that stops just after the first paint at which the map's coloured shapes are all there, and a
 * "step" timer for one timeline key press. Kept free of imports: it is sent as source text.
 */
export function instrument({ shapes, expected }: { shapes: string; expected: number }) {
  type Step = { latency: number; work: number; script: number; render: number };
  type Bench = {
    longTasks: { start: number; duration: number }[];
    drawn: Promise<number>;
    step?: Promise<Step>;
    armStep: (slider: string) => void;
    armOpen: (selector: string) => void;
    opened?: Promise<number>;
  };
  const afterPaint = (cb: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => cb();
      channel.port2.postMessage(0);
    });
  // The armed step's start, called from the first keydown listener of the page (below).
  let armed: ((t0: number) => boolean) | null = null;
  window.addEventListener(
    'keydown',
    () => {
      const t0 = performance.now();
      if (armed?.(t0)) armed = null;
    },
    true,
  );
  const bench: Bench = {
    longTasks: [],
    drawn: new Promise((resolve) => {
      const check = () => {
        if (document.querySelectorAll(shapes).length >= expected)
          afterPaint(() => resolve(performance.now()));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }),
    // latency: key press to just after the next frame is painted, waiting for that frame
    // included (0-16.7 ms, set by the display, the same for any page). script: from the key
    // press, timed by a window listener registered before any page script (so it runs first),
    // to the last DOM change before that frame: the handler's own writes, React's commit in
    // the microtasks after it, the range input's input event. work: script plus rendering the
    // frame. (A message posted from the key press is no end mark: the browser may render a
    // frame before it runs it.)
    armStep: (slider) => {
      const input = document.querySelector(slider);
      bench.step = new Promise((resolve) => {
        armed = (t0) => {
          if (document.activeElement !== input) return false;
          let t1 = t0;
          const observer = new MutationObserver(() => (t1 = performance.now()));
          observer.observe(document.body, {
            subtree: true,
            attributes: true,
            childList: true,
            characterData: true,
          });
          requestAnimationFrame(() => {
            observer.disconnect();
            const t2 = performance.now();
            const after = new MessageChannel();
            after.port1.onmessage = () => {
              const t3 = performance.now();
              resolve({
                latency: t3 - t0,
                work: t1 - t0 + (t3 - t2),
                script: t1 - t0,
                render: t3 - t2,
              });
            };
            after.port2.postMessage(0);
          });
          return true;
        };
      });
    },
    // From now to just after the first paint where `selector` matches: opening a panel.
    armOpen: (selector) => {
      const t0 = performance.now();
      bench.opened = new Promise((resolve) => {
        const check = () => {
          if (document.querySelector(selector)) afterPaint(() => resolve(performance.now() - t0));
          else requestAnimationFrame(check);
        };
        check();
      });
    },
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  (window as unknown as { __bench: Bench }).__bench = bench;
}
