import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../scripts/vite-plugin-data';
import { clickState, dateLabel, expect, FIXED_NOW, hoverState, openApp, test } from './support';

const DATASET = '**/data/dataset.json';
const TOPOLOGY = '**/geo/world.json';
const FAILED_LOAD = /Failed to load resource|net::ERR_/;

async function openExpectingError(page: Page, search = '') {
  await page.clock.setFixedTime(FIXED_NOW);
  await page.goto(`/${search}`);
  const error = page.getByTestId('load-error');
  await expect(error).toBeVisible();
  return error;
}

test.describe('a failed download gives a message and a retry, never a blank page', () => {
  test.use({ allowConsole: FAILED_LOAD });

  test('network failure of the data, then a retry that works', async ({ page }) => {
    await page.route(DATASET, (route) => route.abort('failed'));
    const error = await openExpectingError(page, '?date=2016-03');
    await expect(error).toHaveAttribute('data-kind', 'network');
    await expect(error).toContainText('Could not download data/dataset.json');
    await expect(error).toContainText('try again');
    await page.unroute(DATASET);
    await page.getByTestId('retry').click();
    await expect(page.locator('svg.world-map[data-ready]')).toBeVisible();
    await expect(dateLabel(page)).toHaveText('March 2016');
  });

  test('a 404 for the data', async ({ page }) => {
    await page.route(DATASET, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    const error = await openExpectingError(page);
    await expect(error).toHaveAttribute('data-kind', 'http');
    await expect(error).toContainText(
      'Could not download data/dataset.json: the server answered 404',
    );
  });

  test('a truncated data file', async ({ page }) => {
    await page.route(DATASET, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      await route.fulfill({ response, body: body.slice(0, Math.floor(body.length / 2)) });
    });
    const error = await openExpectingError(page);
    await expect(error).toHaveAttribute('data-kind', 'parse');
    await expect(error).toContainText('data/dataset.json is damaged: it is not valid JSON');
  });

  test('a data file that is JSON but malformed', async ({ page }) => {
    await page.route(DATASET, async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { actors: { measures: { start: string }[] }[] };
      const actor = json.actors.findIndex((a) => a.measures.length > 0);
      json.actors[actor]!.measures[0]!.start = '2016-13-01';
      await route.fulfill({ response, json });
    });
    const error = await openExpectingError(page);
    await expect(error).toHaveAttribute('data-kind', 'invalid');
    await expect(error).toContainText(
      /at \/actors\/\d+\/measures\/0\/start, "2016-13-01" is not a date/,
    );
  });

  test('a failed download of the map topology', async ({ page }) => {
    await page.route(TOPOLOGY, (route) => route.abort('connectionreset'));
    const error = await openExpectingError(page);
    await expect(error).toContainText('Could not download geo/world.json');
    await page.unroute(TOPOLOGY);
    await page.getByTestId('retry').click();
    await expect(page.locator('svg.world-map[data-ready]')).toBeVisible();
  });
});

test.describe('hostile text in the data', () => {
  const hostile = readFileSync(join(import.meta.dirname, 'fixtures/hostile-dataset.json'), 'utf8');

  test('is shown as text, links only to https, wraps long strings, and runs no script', async ({
    page,
  }) => {
    await page.route(DATASET, (route) =>
      route.fulfill({ contentType: 'application/json', body: hostile }),
    );
    await openApp(page, '?date=2016-03&country=JPN');
    const panel = page.getByTestId('details-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
      "<img src=x onerror=alert('name')>Japan",
    );
    await expect(panel).toContainText("<img src=x onerror=alert('summary')> & <b>bold</b>");
    await expect(panel).toContainText("<script>alert('caveat')</script>");
    await expect(panel).toContainText('<iframe src=javascript:alert(2)></iframe>');
    await expect(page.getByTestId('data-version')).toContainText('<svg onload=alert(1)>');

    // Nothing from the data became an element.
    for (const tag of ['img', 'script', 'iframe', 'b']) {
      await expect(page.locator(`#root ${tag}`)).toHaveCount(0);
    }
    // Only the https source is a link; the others are shown, marked, and not followed. (Each
    // measure's own permalink is a fragment of this page, its id percent-encoded.)
    const hrefs = await panel
      .locator('a:not([data-testid="measure-link"])')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    const fragments = await panel
      .getByTestId('measure-link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of fragments) expect(href).toMatch(/^#[\w%.~-]+$/);
    await expect(panel.getByText('link withheld: not an https address')).toHaveCount(4);

    // Long strings wrap inside the panel rather than widening the page.
    const overflow = await page.evaluate(() => {
      const p = document.querySelector('[data-testid="details-panel"]') as HTMLElement;
      return {
        panel: p.scrollWidth - p.clientWidth,
        page: document.documentElement.scrollWidth - window.innerWidth,
      };
    });
    expect(overflow.panel).toBeLessThanOrEqual(1);
    expect(overflow.page).toBeLessThanOrEqual(1);

    await hoverState(page, 'JPN');
    await expect(page.getByTestId('tooltip')).toContainText("<img src=x onerror=alert('summary')>");
    await page.getByRole('button', { name: /Previous event/ }).click();
    await expect(page.getByTestId('this-month')).toContainText(
      "<img src=x onerror=alert('event')>",
    );
  });
});

test.describe('security', () => {
  test('the built page declares a Content-Security-Policy of its own origin only', async ({
    page,
  }) => {
    await openApp(page);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
  });

  test('every request in the main journeys goes to the page’s own origin, none breaks the policy', async ({
    page,
    baseURL,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => {
      (window as unknown as { __violations: string[] }).__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __violations: string[] }).__violations.push(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    await openApp(page, '?date=2017-12');
    await hoverState(page, 'CHN');
    await clickState(page, 'JPN');
    await expect(page.getByTestId('details-panel')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Trade bans' }).uncheck();
    await page.getByTestId('play').click();
    await expect(dateLabel(page)).not.toHaveText('December 2017');
    await page.getByTestId('play').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-csv').click(),
    ]);
    await download.path();

    const origin = new URL(baseURL ?? '').origin;
    const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(requests.filter((u) => u.endsWith('/data/dataset.json'))).toHaveLength(1);
    expect(requests.filter((u) => u.endsWith('/geo/world.json'))).toHaveLength(1);
    expect(
      await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    ).toEqual([]);
  });
});

test.describe('over a long session', () => {
  test('three full plays, panels and filters: no error, and the page does not grow', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await openApp(page, '?date=2006-07');
    // The page's steady state includes what loads once the first map is drawn.
    await expect(page.getByTestId('coalition-chart')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Find a state' })).toBeVisible();
    const nodes = () => page.evaluate(() => document.getElementsByTagName('*').length);
    const start = await nodes();
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('0.04s');
    for (let round = 0; round < 3; round++) {
      await page.getByTestId('play').click();
      await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false', {
        timeout: 60_000,
      });
      await expect(dateLabel(page)).toHaveText('November 2026');
      for (const id of ['JPN', 'DEU', 'USA']) {
        await clickState(page, id);
        await expect(page.getByTestId('details-panel')).toHaveAttribute('data-iso3', id);
      }
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('details-panel')).toBeHidden();
      await page.getByRole('button', { name: 'None', exact: true }).click();
      await page.getByRole('checkbox', { name: 'Port bans' }).check();
      // Exact: states on the map are buttons too, and "Marshall Islands" contains "all".
      await page.getByRole('button', { name: 'All', exact: true }).click();
    }
    const end = await nodes();
    expect(end).toBeLessThanOrEqual(start * 1.05 + 20);
  });
});
