import type { Locator, Page, Route } from '@playwright/test';
import { LOAD_TIMEOUT_MS } from '../src/data/loadDataset';
import { STORIES_FILE } from '../src/model/story';
import { DATASET_FILE, TOPOLOGY_FILE } from '../src/state/boot';
import { expect, FIXED_NOW, openApp, test } from './support';

/**
 * The fetch-failure matrix: every file the app fetches, each way a download can fail. Each case
 * ends in a message that names the file and a retry that works once the server does. A stall
 * is a request never answered; the page's clock is moved past the timeout rather than waited.
 */

const FAILURES = {
  abort: { kind: 'network', says: /Could not download|could not be read/ },
  '404': { kind: 'http', says: /the server answered 404/ },
  '500': { kind: 'http', says: /the server answered 500/ },
  truncated: { kind: 'parse', says: /is not valid JSON/ },
  'wrong shape': { kind: 'invalid', says: /cannot read|could not be read/ },
  empty: { kind: 'parse', says: /is empty/ },
  HTML: { kind: 'parse', says: /is a web page, not JSON/ },
  stall: { kind: 'timeout', says: /no answer after 15 s/ },
} as const;
type Failure = keyof typeof FAILURES;

/** Answers a request the way `failure` says, from the real file where it needs one. */
async function fail(route: Route, failure: Failure): Promise<void> {
  switch (failure) {
    case 'abort':
      return route.abort('connectionreset');
    case '404':
    case '500':
      return route.fulfill({ status: Number(failure), body: 'Server says no' });
    case 'truncated': {
      const response = await route.fetch();
      const body = await response.text();
      // Without the real file's caching headers: a cached broken chunk would outlive the test.
      return route.fulfill({
        contentType: response.headers()['content-type'] ?? 'application/octet-stream',
        body: body.slice(0, Math.floor(body.length / 2)),
      });
    }
    case 'wrong shape':
      return route.fulfill({ json: { unexpected: true } });
    case 'empty':
      return route.fulfill({ contentType: 'application/json', body: '' });
    case 'HTML':
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html><body><h1>Welcome to our host</h1></body></html>',
      });
    case 'stall':
      // Never answered: the app must give up on its own.
      return;
  }
}

/** Fails every request for `file` until the returned function is called. */
async function failing(page: Page, file: string, failure: Failure): Promise<() => Promise<void>> {
  const pattern = `**/${file}`;
  await page.route(pattern, (route) => fail(route, failure));
  return () => page.unroute(pattern, undefined);
}

/** Moves the page's clock past the download timeout, once the request is in flight. */
async function outwait(page: Page, message: Locator, failure: Failure): Promise<void> {
  if (failure !== 'stall') return;
  await expect(message).toBeHidden();
  await page.clock.fastForward(LOAD_TIMEOUT_MS + 1_000);
}

test.describe('a file the page needs to draw the map', () => {
  test.use({ allowConsole: /Failed to load resource|net::ERR_/ });
  for (const file of [DATASET_FILE, TOPOLOGY_FILE]) {
    for (const failure of Object.keys(FAILURES) as Failure[]) {
      test(`${file}: ${failure} gives a message naming it, and a retry that draws the map`, async ({
        page,
      }) => {
        const restore = await failing(page, file, failure);
        await page.clock.install({ time: FIXED_NOW });
        // The other file must be in before the clock jumps, or it would time out too.
        const other = file === DATASET_FILE ? TOPOLOGY_FILE : DATASET_FILE;
        const otherIn = page.waitForEvent('requestfinished', (r) => r.url().endsWith(other));
        await page.goto('/?date=2016-03');
        const error = page.getByTestId('load-error');
        if (failure === 'stall') {
          await expect(page.getByRole('status')).toHaveText('Loading the map and its data…');
          await otherIn;
          // And read: parsing a large file takes the page a moment of real time.
          await page.waitForTimeout(1_000);
        }
        await outwait(page, error, failure);
        await expect(error).toBeVisible();
        await expect(error).toHaveAttribute('data-kind', FAILURES[failure].kind);
        await expect(error).toContainText(file);
        await expect(error).toContainText(FAILURES[failure].says);
        // The error is the page's main content, where its skip link leads.
        await expect(page.getByRole('main')).toContainText(file);
        await restore();
        await page.getByTestId('retry').click();
        await expect(page.locator('svg.world-map[data-ready]')).toBeVisible();
        await expect(page.getByTestId('date-label')).toHaveText('March 2016');
      });
    }
  }
});

test.describe('the stories, fetched when the list opens', () => {
  test.use({ allowConsole: /Failed to load resource|net::ERR_/ });
  for (const failure of Object.keys(FAILURES) as Failure[]) {
    test(`${STORIES_FILE}: ${failure} gives a message naming it, and a retry that lists them`, async ({
      page,
    }) => {
      const restore = await failing(page, STORIES_FILE, failure);
      await page.clock.install({ time: FIXED_NOW });
      await openApp(page, '?date=2016-03');
      await page.getByTestId('stories').click();
      const list = page.getByTestId('story-list');
      const error = list.getByRole('alert');
      if (failure === 'stall') await expect(list).toContainText('Loading the stories…');
      await outwait(page, error, failure);
      await expect(error).toContainText(STORIES_FILE);
      await expect(error).toContainText(FAILURES[failure].says);
      await restore();
      await error.getByRole('button', { name: 'Try again' }).click();
      await expect(list.locator('li[data-story]').first()).toBeVisible();
    });
  }
});

/** The Korean text: two chunks fetched the first time Korean is chosen. */
const KOREAN_PACK = '**/assets/ko-*.js';

/** A JavaScript chunk failing as `failure` says. */
async function failChunk(route: Route, failure: Failure): Promise<void> {
  switch (failure) {
    case 'wrong shape':
      return route.fulfill({ contentType: 'text/javascript', body: 'export default 1;' });
    case 'empty':
      return route.fulfill({ contentType: 'text/javascript', body: '' });
    default:
      return fail(route, failure);
  }
}

const CHUNK_FAILURES: Record<Failure, RegExp> = {
  abort: /Failed to fetch dynamically imported module: .*\/assets\/ko-/,
  '404': /Failed to fetch dynamically imported module: .*\/assets\/ko-/,
  '500': /Failed to fetch dynamically imported module: .*\/assets\/ko-/,
  truncated: /SyntaxError|Unexpected|Invalid|missing/i,
  'wrong shape': /not one this version of the map can read|does not provide an export/,
  empty: /not one this version of the map can read|does not provide an export/,
  HTML: /Failed to fetch dynamically imported module: .*\/assets\/ko-/,
  stall: /no answer after 15 s/,
};

test.describe('the Korean language pack, fetched when Korean is chosen', () => {
  test.use({ allowConsole: /Failed to load|net::ERR_|MIME type|SyntaxError|export named/ });
  for (const failure of Object.keys(FAILURES) as Failure[]) {
    test(`${failure} says the page stays in English, and a retry shows it in Korean`, async ({
      page,
    }) => {
      await page.route(KOREAN_PACK, (route) => failChunk(route, failure));
      await page.clock.install({ time: FIXED_NOW });
      await openApp(page, '?date=2016-03');
      await page.getByRole('button', { name: '한국어' }).click();
      const note = page.getByTestId('language-failed');
      await outwait(page, note, failure);
      await expect(note).toContainText('The text in 한국어 could not be loaded');
      await expect(note).toContainText(CHUNK_FAILURES[failure]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'The DPRK sanctions coalition',
      );
      await page.unroute(KOREAN_PACK);
      await note.getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('대북 제재 연합');
      await expect(note).toBeHidden();
    });
  }
});

test.describe('a part of the page loaded on use (a lazy chunk)', () => {
  test.use({ allowConsole: /Failed to load|net::ERR_|dynamically imported module/ });

  test('that fails says so beside the map, which stays, and a reload brings it', async ({
    page,
  }) => {
    const chunk = '**/assets/ShareDialog-*.js';
    await page.route(chunk, (route) => route.abort('connectionreset'));
    await openApp(page, '?date=2016-03');
    await page.getByTestId('share').click();
    const note = page.getByTestId('chunk-failed');
    await expect(note).toContainText('Part of the page could not load');
    await expect(note).toContainText(/ShareDialog-.*\.js/);
    await expect(page.locator('svg.world-map[data-ready]')).toBeVisible();
    await page.unroute(chunk);
    await note.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('svg.world-map[data-ready]')).toBeVisible();
    await page.getByTestId('share').click();
    await expect(page.getByTestId('share-dialog')).toBeVisible();
  });
});
