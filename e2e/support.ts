import { test as base, expect, type Page } from '@playwright/test';
import { loadWorld } from '../scripts/world';
import type { World } from '../src/map/prepare';
import { CATEGORIES, type Category } from '../src/model/categories';
import { readView } from '../src/model/lens';
import type { Month } from '../src/model/month';
import type { ActorId, Dataset } from '../src/model/types';
import type { View } from '../src/model/view';

/**
 * Shared setup for the end-to-end journeys. Tests never depend on the real clock: every page
 * starts at FIXED_NOW, so "the current month" is November 2026. Expected colours are computed
 * from the same data the build ships, with the same model functions, so a test states what
 * the map must show rather than a number copied from it.
 */
export const FIXED_NOW = new Date('2026-11-15T12:00:00Z');
export const CURRENT_MONTH = '2026-11' as Month;

let cached: World | null = null;
/** The world the build ships, made with the same compile, decode and prepare steps. */
export function world(): World {
  cached ??= loadWorld(undefined, FIXED_NOW);
  return cached;
}
export const dataset = (): Dataset => world().dataset;

/** A view with defaults for the fields a test does not name. */
export function viewOf(over: Partial<View>): View {
  return {
    date: CURRENT_MONTH,
    categories: CATEGORIES,
    scope: 'all',
    lens: 'kinds',
    compare: null,
    resolution: null,
    actor: null,
    highlight: [],
    focus: 'world',
    ...over,
  };
}

/** Every state's `data-level` at a view, as the model computes it. */
export function expectedLevelsOf(view: View): Map<ActorId, string> {
  const levels = new Map<ActorId, string>();
  for (const [id, state] of readView(dataset(), view).states) {
    levels.set(id, state.kind === 'member' ? String(state.level) : '');
  }
  return levels;
}

export function expectedLevels(
  month: string,
  filter: readonly Category[] = CATEGORIES,
): Map<ActorId, string> {
  return expectedLevelsOf(viewOf({ date: month as Month, categories: filter }));
}

/** Every state on the page with its data-level, read in one round trip. */
export async function mapLevels(page: Page): Promise<Map<string, string>> {
  const pairs = await page.$$eval('svg.world-map [data-iso3]', (els) =>
    els.map(
      (el) => [el.getAttribute('data-iso3') ?? '', el.getAttribute('data-level') ?? ''] as const,
    ),
  );
  return new Map(pairs);
}

export async function openApp(page: Page, search = ''): Promise<void> {
  await page.clock.setFixedTime(FIXED_NOW);
  await page.goto(`/${search}`);
  await expect(page.locator('svg.world-map[data-ready]')).toBeVisible();
  // And its later chunk (zoom, keys, tooltip, live region), so a test acts on the whole map.
  await expect(page.locator('svg.world-map[data-zoom-ready]')).toBeVisible();
  // And the page's keys, which load once the first map is painted (none in an embed).
  await expect(page.locator('.app[data-keys-ready], .app.embed')).toHaveCount(1);
}

export const dateSlider = (page: Page) => page.getByRole('slider', { name: 'Date' });
export const dateLabel = (page: Page) => page.getByTestId('date-label');

/**
 * `test` with a watchdog: any console error, uncaught exception or dialog fails the test,
 * except console messages matching `allowConsole` (a failed download the test provoked).
 */
export const test = base.extend<{ allowConsole: RegExp | null; watchdog: void }>({
  allowConsole: [null, { option: true }],
  watchdog: [
    async ({ page, allowConsole }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !allowConsole?.test(m.text()))
          problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await use();
      expect(problems, 'no console errors, page errors or dialogs').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * A point inside a state's shape where the state itself is what the pointer hits (a
 * multipolygon's box centre may be sea), in page coordinates: where a reader would click.
 */
export async function pointInState(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((iso3) => {
    const g = document.querySelector(`svg.world-map [data-iso3="${iso3}"]`);
    const el = g?.querySelector('circle') ?? g?.querySelector('path');
    if (!g || !(el instanceof SVGGeometryElement) || !el.ownerSVGElement) return null;
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const box = el.getBBox();
    const ctm = el.getScreenCTM();
    if (!ctm) return null;
    for (let i = 1; i < 24; i++) {
      for (let j = 1; j < 24; j++) {
        const p = el.ownerSVGElement.createSVGPoint();
        p.x = box.x + (box.width * i) / 24;
        p.y = box.y + (box.height * j) / 24;
        if (!el.isPointInFill(p)) continue;
        const s = p.matrixTransform(ctm);
        const hit = document.elementFromPoint(s.x, s.y);
        if (hit && g.contains(hit)) return { x: s.x, y: s.y };
      }
    }
    return null;
  }, id);
  if (!point) throw new Error(`no visible, clickable point in ${id}`);
  return point;
}

export async function clickState(page: Page, id: string): Promise<void> {
  const { x, y } = await pointInState(page, id);
  await page.mouse.click(x, y);
}

export async function hoverState(page: Page, id: string): Promise<void> {
  const { x, y } = await pointInState(page, id);
  await page.mouse.move(x, y);
}

/**
 * Serves the real dataset with one state turned into "not yet researched" (the real data has
 * none left), so the map's and panel's handling of that status can be seen.
 */
export async function withUnresearched(page: Page, id: string): Promise<void> {
  await page.route('**/data/dataset.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as {
      actors: { id: string; research: { status: string; note?: string }; measures: unknown[] }[];
    };
    const actor = json.actors.find((a) => a.id === id);
    if (!actor) throw new Error(`${id} is not in the dataset`);
    actor.research = { ...actor.research, status: 'not-yet-researched' };
    delete actor.research.note;
    actor.measures = [];
    await route.fulfill({ response, json });
  });
}
