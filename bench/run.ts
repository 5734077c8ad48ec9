/**
 * `npm run bench`: builds the app and a plain-D3 reference page (bench/reference), serves both on
 * 127.0.0.1, and measures both in the same run in headless Chromium, several runs each. Prints
 * one JSON object (medians, and app/reference ratios) and a readable table, and writes the JSON
 * to bench-results/latest.json. A benchmark, not a test: it reports, it does not fail.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS } from '../playwright.config';

const ROOT = resolve(import.meta.dirname, '..');
const LOAD_RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 7);
const STEP_RUNS = Number(process.env.BENCH_STEP_RUNS ?? 3);
const STEPS = 100;
const PLAYS = Number(process.env.BENCH_PLAYS ?? 10);
const FIXED_NOW = new Date('2026-11-15T12:00:00Z');

/** One timeline step, as the page measured it (see armStep in `instrument`). */
interface StepTiming {
  readonly latency: number;
  readonly work: number;
  readonly script: number;
  readonly render: number;
}

interface Subject {
  readonly name: 'app' | 'reference';
  readonly url: string;
  /** Elements that, all present, mean the map is drawn. */
  readonly shapes: string;
  readonly expected: number;
  readonly slider: string;
  readonly play: (page: Page) => Promise<void>;
  readonly assetsDir: string;
}

// Runs in the page before its scripts: long-task recording, and "drawn"/"step" timers that
// stop at the first moment after the browser has painted the change.
function instrument({ shapes, expected }: { shapes: string; expected: number }) {
  type Step = { latency: number; work: number; script: number; render: number };
  type Bench = {
    longTasks: { start: number; duration: number }[];
    drawn: Promise<number>;
    step?: Promise<Step>;
    armStep: (slider: string) => void;
  };
  const afterPaint = (cb: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => cb();
      channel.port2.postMessage(0);
    });
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
    // included (0-16.7 ms, set by the display, the same for any page). work: the main-thread
    // time the step costs: the script run by the key press, plus rendering that frame.
    armStep: (slider) => {
      const input = document.querySelector(slider);
      let t0 = 0;
      bench.step = new Promise((resolve) => {
        input?.addEventListener('keydown', () => (t0 = performance.now()), {
          capture: true,
          once: true,
        });
        const observer = new MutationObserver(() => {
          const t1 = performance.now();
          observer.disconnect();
          requestAnimationFrame(() => {
            const t2 = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const t3 = performance.now();
              resolve({
                latency: t3 - t0,
                work: t1 - t0 + (t3 - t2),
                script: t1 - t0,
                render: t3 - t2,
              });
            };
            channel.port2.postMessage(0);
          });
        });
        observer.observe(document.body, {
          subtree: true,
          attributes: true,
          childList: true,
          characterData: true,
        });
      });
    },
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  (window as unknown as { __bench: Bench }).__bench = bench;
}

async function openPage(browser: Browser, subject: Subject, search: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.clock.setFixedTime(FIXED_NOW);
  // tsx compiles with esbuild's keepNames, which wraps functions in __name(); the page needs it too.
  await page.addInitScript({
    content: `var __name = (f) => f; (${instrument.toString()})(${JSON.stringify({ shapes: subject.shapes, expected: subject.expected })});`,
  });
  await page.goto(`${subject.url}${search}`);
  return page;
}

const drawnAt = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: { drawn: Promise<number> } }).__bench.drawn);
const longTasksBetween = (page: Page, from: number, to: number) =>
  page.evaluate(
    ([a, b]) =>
      (
        window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }
      ).__bench.longTasks.filter((t) => t.start >= a && t.start <= b),
    [from, to] as const,
  );
const now = (page: Page) => page.evaluate(() => performance.now());

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

function gzipSizeOfJs(dir: string): number {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
}

async function drawnOnce(browser: Browser, subject: Subject): Promise<number> {
  const page = await openPage(browser, subject, '?date=2017-12');
  const at = await drawnAt(page);
  await page.context().close();
  return at;
}

/** Load times, the app's and the reference's runs interleaved so drift on the machine hits both. */
async function measureLoads(browser: Browser, subjects: readonly Subject[]): Promise<number[][]> {
  console.error('Measuring map drawn…');
  const runs: number[][] = subjects.map(() => []);
  for (let i = 0; i < LOAD_RUNS; i++) {
    for (const [j, subject] of subjects.entries()) runs[j]?.push(await drawnOnce(browser, subject));
  }
  return runs;
}

async function measure(browser: Browser, subject: Subject, drawn: number[]) {
  console.error(`Measuring ${subject.name}…`);

  const latencies: number[] = [];
  const works: number[] = [];
  const scripts: number[] = [];
  const renders: number[] = [];
  let stepLongTasks = 0;
  for (let run = 0; run < STEP_RUNS; run++) {
    const page = await openPage(browser, subject, '?date=2008-01');
    await drawnAt(page);
    await page.focus(subject.slider);
    const from = await now(page);
    for (let i = 0; i < STEPS; i++) {
      await page.evaluate(
        (s) =>
          (window as unknown as { __bench: { armStep: (s: string) => void } }).__bench.armStep(s),
        subject.slider,
      );
      await page.keyboard.press('ArrowRight');
      const step = await page.evaluate(
        () => (window as unknown as { __bench: { step: Promise<StepTiming> } }).__bench.step,
      );
      latencies.push(step.latency);
      works.push(step.work);
      scripts.push(step.script);
      renders.push(step.render);
    }
    stepLongTasks += (await longTasksBetween(page, from, await now(page))).length;
    await page.context().close();
  }

  const page = await openPage(browser, subject, '?date=2006-07');
  await drawnAt(page);
  const playFrom = await now(page);
  await subject.play(page);
  const playLongTasks = (await longTasksBetween(page, playFrom, await now(page))).length;
  const heapAfterOne = await heapUsed(page);
  for (let i = 1; i < PLAYS; i++) await subject.play(page);
  const heapAfterAll = await heapUsed(page);
  await page.context().close();

  return {
    drawnMs: round(median(drawn)),
    drawnRunsMs: drawn.map((d) => round(d)),
    stepWorkMeanMs: round(mean(works)),
    stepScriptMeanMs: round(mean(scripts)),
    stepRenderMeanMs: round(mean(renders)),
    stepWorkP95Ms: round(percentile(works, 95)),
    stepLatencyMeanMs: round(mean(latencies)),
    stepLatencyP95Ms: round(percentile(latencies, 95)),
    stepLongTasks,
    playLongTasks,
    heapAfterOnePlayBytes: heapAfterOne,
    heapAfterPlaysBytes: heapAfterAll,
    heapGrowth: round(heapAfterAll / heapAfterOne - 1, 4),
    jsGzipBytes: gzipSizeOfJs(subject.assetsDir),
  };
}

/**
 * Long tasks while a guided story moves from step to step in presentation mode: each move sets
 * the step's view and glides the date month by month, one month a frame. The app only.
 */
async function measureStory(browser: Browser, subject: Subject): Promise<number> {
  console.error('Measuring story transitions…');
  const page = await openPage(browser, subject, '?story=labour-loophole&step=1&present=1');
  await drawnAt(page);
  const counter = page.getByTestId('step-counter');
  await counter.filter({ hasText: '1 / 9' }).waitFor();
  // Warm-up: the first move compiles what the later ones run.
  await page.keyboard.press('2');
  await page.locator('[data-testid="date-label"][data-month="2017-08"]').waitFor();
  const from = await now(page);
  for (const step of [3, 4, 5, 6, 7, 8, 9, 1]) {
    await page.keyboard.press(String(step));
    await counter.filter({ hasText: `${step} / 9` }).waitFor();
    // Longer than any transition (GLIDE_MAX_MS in src/state/player.ts).
    await page.waitForTimeout(1000);
  }
  const tasks = (await longTasksBetween(page, from, await now(page))).length;
  await page.context().close();
  return tasks;
}

async function main() {
  console.error('Building the app and the reference…');
  await build({ root: ROOT, configLoader: 'runner', logLevel: 'warn' });
  await build({
    configFile: join(ROOT, 'bench/vite.reference.config.ts'),
    configLoader: 'runner',
    logLevel: 'warn',
  });
  const servers: PreviewServer[] = [
    await preview({
      configLoader: 'runner',
      root: ROOT,
      preview: { host: '127.0.0.1', port: 4180, strictPort: true },
      logLevel: 'warn',
    }),
    await preview({
      configLoader: 'runner',
      configFile: join(ROOT, 'bench/vite.reference.config.ts'),
      preview: { host: '127.0.0.1', port: 4181, strictPort: true },
      logLevel: 'warn',
    }),
  ];
  const dataset = JSON.parse(readFileSync(join(ROOT, 'dist/data/dataset.json'), 'utf8')) as {
    version: string;
    actors: { kind: string }[];
  };
  const topology = JSON.parse(
    readFileSync(join(ROOT, 'dist-bench/reference/geo/countries-50m.json'), 'utf8'),
  ) as {
    objects: { countries: { geometries: { id?: string }[] } };
  };
  const states = dataset.actors.filter((a) => a.kind === 'state').length;
  const features = topology.objects.countries.geometries.filter((g) => g.id !== '010').length;

  const app: Subject = {
    name: 'app',
    url: 'http://127.0.0.1:4180/',
    shapes: 'svg.world-map [data-iso3]',
    expected: states,
    slider: '#timeline-date',
    assetsDir: join(ROOT, 'dist/assets'),
    play: async (page) => {
      await page.getByRole('combobox', { name: 'Speed' }).selectOption('0.04s');
      await page.getByTestId('play').click();
      await page
        .locator('[data-testid="play"][aria-pressed="false"]')
        .waitFor({ timeout: 120_000 });
    },
  };
  let plays = 0;
  const reference: Subject = {
    name: 'reference',
    url: 'http://127.0.0.1:4181/',
    shapes: 'svg path.state',
    expected: features,
    slider: '#date',
    assetsDir: join(ROOT, 'dist-bench/reference/assets'),
    play: async (page) => {
      const before = Number((await page.locator('body').getAttribute('data-played')) ?? 0);
      plays = before + 1;
      await page.click('#play');
      await page.locator(`body[data-played="${plays}"]`).waitFor({ timeout: 120_000 });
    },
  };

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    // One warm-up load each, not counted: the first start of anything pays for cold caches.
    await drawnOnce(browser, app);
    await drawnOnce(browser, reference);
    const [appLoads = [], referenceLoads = []] = await measureLoads(browser, [app, reference]);
    const a = {
      ...(await measure(browser, app, appLoads)),
      storyLongTasks: await measureStory(browser, app),
    };
    const r = await measure(browser, reference, referenceLoads);
    const ratio = (x: number, y: number) => (y === 0 ? null : round(x / y));
    const result = {
      when: new Date().toISOString(),
      dataVersion: dataset.version,
      runs: { load: LOAD_RUNS, step: `${STEP_RUNS} x ${STEPS}`, plays: PLAYS },
      app: a,
      reference: r,
      ratios: {
        drawn: ratio(a.drawnMs, r.drawnMs),
        stepWorkMean: ratio(a.stepWorkMeanMs, r.stepWorkMeanMs),
        stepWorkP95: ratio(a.stepWorkP95Ms, r.stepWorkP95Ms),
        stepLatencyMean: ratio(a.stepLatencyMeanMs, r.stepLatencyMeanMs),
        stepLatencyP95: ratio(a.stepLatencyP95Ms, r.stepLatencyP95Ms),
        jsGzip: ratio(a.jsGzipBytes, r.jsGzipBytes),
      },
      targets: {
        'drawn <= 1.3x reference': a.drawnMs <= 1.3 * r.drawnMs,
        'step work p95 <= 1.5x reference': a.stepWorkP95Ms <= 1.5 * r.stepWorkP95Ms,
        'step work p95 < 16.7 ms (fits in a frame)': a.stepWorkP95Ms < 16.7,
        'step latency p95 <= 1.5x reference': a.stepLatencyP95Ms <= 1.5 * r.stepLatencyP95Ms,
        'no long task while stepping or playing': a.stepLongTasks + a.playLongTasks === 0,
        'no long task in a story transition': a.storyLongTasks === 0,
        'JS <= 130 KB gzip (no topology or data)': a.jsGzipBytes <= 130 * 1024,
        [`heap after ${PLAYS} plays <= 1.1x after one`]: a.heapGrowth <= 0.1,
      },
    };
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
    const kb = (b: number) => `${round(b / 1024, 1)} KB`;
    const rows: [string, string, string, string][] = [
      ['map drawn (median)', `${a.drawnMs} ms`, `${r.drawnMs} ms`, `${result.ratios.drawn}x`],
      [
        'step work, mean',
        `${a.stepWorkMeanMs} ms`,
        `${r.stepWorkMeanMs} ms`,
        `${result.ratios.stepWorkMean}x`,
      ],
      [
        'step work, p95',
        `${a.stepWorkP95Ms} ms`,
        `${r.stepWorkP95Ms} ms`,
        `${result.ratios.stepWorkP95}x`,
      ],
      [
        'step latency to painted frame, mean',
        `${a.stepLatencyMeanMs} ms`,
        `${r.stepLatencyMeanMs} ms`,
        `${result.ratios.stepLatencyMean}x`,
      ],
      [
        'step latency to painted frame, p95',
        `${a.stepLatencyP95Ms} ms`,
        `${r.stepLatencyP95Ms} ms`,
        `${result.ratios.stepLatencyP95}x`,
      ],
      ['long tasks, stepping', String(a.stepLongTasks), String(r.stepLongTasks), ''],
      ['long tasks, playing', String(a.playLongTasks), String(r.playLongTasks), ''],
      ['long tasks, story transitions', String(a.storyLongTasks), '', ''],
      ['JS, gzip', kb(a.jsGzipBytes), kb(r.jsGzipBytes), `${result.ratios.jsGzip}x`],
      [`heap after 1 play`, kb(a.heapAfterOnePlayBytes), kb(r.heapAfterOnePlayBytes), ''],
      [`heap after ${PLAYS} plays`, kb(a.heapAfterPlaysBytes), kb(r.heapAfterPlaysBytes), ''],
      ['heap growth', `${round(a.heapGrowth * 100, 1)} %`, `${round(r.heapGrowth * 100, 1)} %`, ''],
    ];
    console.log('\n| measure | app | reference | app/reference |\n|---|---|---|---|');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    console.log('\nTargets:');
    for (const [name, ok] of Object.entries(result.targets))
      console.log(`  ${ok ? 'met   ' : 'MISSED'} ${name}`);
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
}

await main();
