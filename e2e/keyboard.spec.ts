import type { Page } from '@playwright/test';
import { stateStatus } from '../src/i18n/stateStatus';
import { translator } from '../src/i18n/t';
import { DIRECTIONS, neighbourOf, type Direction, type Point } from '../src/map/neighbours';
import type { Category } from '../src/model/categories';
import { readView } from '../src/model/lens';
import type { Month } from '../src/model/month';
import type { ActorId } from '../src/model/types';
import {
  dataset,
  dateLabel,
  dateSlider,
  expect,
  expectedLevels,
  mapLevels,
  openApp,
  test,
  viewOf,
  world,
} from './support';

const KEYS: Record<Direction, string> = {
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
};

/** The arrow keys from one state to another, found with the map's own neighbour order. */
function arrowPath(from: ActorId, to: ActorId): string[] {
  const centres = new Map<ActorId, Point>();
  for (const s of world().geometry.shapes) if (s.center) centres.set(s.id, s.center);
  const back = new Map<ActorId, [ActorId, Direction] | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift() as ActorId;
    if (at === to) break;
    for (const d of DIRECTIONS) {
      const next = neighbourOf(centres, at, d);
      if (next && !back.has(next)) {
        back.set(next, [at, d]);
        queue.push(next);
      }
    }
  }
  const keys: string[] = [];
  for (let step = back.get(to); step; step = back.get(step[0])) keys.unshift(KEYS[step[1]]);
  return keys;
}

/** The map's first tab stop: the first state by name. */
function firstByName(): ActorId {
  const names = world().geometry.shapes.map((s) => [
    s.id,
    dataset().actors.get(s.id)?.name ?? s.id,
  ]);
  names.sort((a, b) => (a[1] ?? '').localeCompare(b[1] ?? ''));
  return names[0]?.[0] as ActorId;
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusedId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-iso3') ?? null);

const t = translator('en');
function statusAt(id: ActorId, month: string, categories?: readonly Category[]): string {
  const view = viewOf({ date: month as Month, ...(categories && { categories }) });
  const name = dataset().actors.get(id)?.name ?? id;
  return stateStatus(t, name, readView(dataset(), view).states.get(id), 'kinds');
}

test.describe('the page by keyboard alone', () => {
  test('walks through the date, a filter, a state on the map and its panel', async ({ page }) => {
    await openApp(page, '?date=2017-12');
    await page.locator('svg.world-map[data-zoom-ready]').waitFor();

    // The date: Tab to the timeline, one month back.
    await tabTo(page, '#timeline-date');
    await page.keyboard.press('ArrowLeft');
    await expect(dateLabel(page)).toHaveText('November 2017');

    // A filter: Tab to Port bans, Space turns it off.
    await tabTo(page, 'input[value="port_ban"]');
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/measures=/);
    const filter = dataset()
      .categories.map((c) => c.id)
      .filter((c) => c !== 'port_ban');
    await expect
      .poll(async () => Object.fromEntries(await mapLevels(page)))
      .toEqual(Object.fromEntries(expectedLevels('2017-11', filter)));

    // The map: Tab on round the page into it lands on its one tab stop, named with its status.
    await tabTo(page, 'svg.world-map .state');
    const start = firstByName();
    expect(await focusedId(page)).toBe(start);
    await expect(page.locator(`[data-iso3="${start}"]`)).toHaveAccessibleName(
      statusAt(start, '2017-11', filter),
    );

    // Arrow keys move from state to state to Japan; the month does not move with them.
    for (const key of arrowPath(start, 'JPN' as ActorId)) await page.keyboard.press(key);
    expect(await focusedId(page)).toBe('JPN');
    await expect(dateLabel(page)).toHaveText('November 2017');
    const japan = page.locator('svg.world-map [data-iso3="JPN"]');
    await expect(japan).toHaveAccessibleName(statusAt('JPN' as ActorId, '2017-11', filter));
    await expect(japan).toHaveAccessibleName(/^Japan: \d+ kinds of measure in force$/);
    // Its tooltip shows under it, and is its description.
    const tooltip = page.getByTestId('tooltip');
    await expect(tooltip).toHaveAttribute('data-source', 'focus');
    await expect(tooltip).toContainText('Japan');
    await expect(japan).toHaveAccessibleDescription(/November 2017/);
    await expect(page.getByTestId('focus-ring')).toHaveAttribute('data-iso3-ring', 'JPN');

    // Enter opens its panel; Escape closes it and gives focus back to Japan.
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('details-panel');
    await expect(panel).toHaveAttribute('data-iso3', 'JPN');
    await expect(page.locator('#details-title')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(japan).toBeFocused();
  });

  test('keeps the map’s keys to the map: arrows move between states, not months', async ({
    page,
  }) => {
    await openApp(page, '?date=2016-01&country=KOR');
    await page.locator('svg.world-map[data-zoom-ready]').waitFor();
    // The panel loads after the first map; Escape closes it once it is there.
    await expect(page.getByTestId('details-panel')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('details-panel')).toHaveCount(0);
    const korea = page.locator('svg.world-map [data-iso3="KOR"]');
    // The open state was the tab stop, so Tab returns to it.
    await expect(korea).toHaveAttribute('tabindex', '0');
    await korea.focus();
    let pageKeys = 0;
    await page.exposeFunction('countKey', () => pageKeys++);
    await page.evaluate(() =>
      document.addEventListener('keydown', () =>
        (window as unknown as { countKey(): void }).countKey(),
      ),
    );
    for (const key of [
      'ArrowRight',
      'ArrowLeft',
      'ArrowUp',
      'ArrowDown',
      'Home',
      'End',
      '+',
      '-',
    ]) {
      await page.keyboard.press(key);
    }
    await expect(dateLabel(page)).toHaveText('January 2016');
    expect(pageKeys).toBe(0);
    // Only one state at a time is in the tab order.
    await expect(page.locator('svg.world-map [tabindex="0"]')).toHaveCount(1);
  });

  test('says each state’s status when it gets focus, and keeps it current as the date moves', async ({
    page,
  }) => {
    await openApp(page, '?date=2016-01');
    await page.locator('svg.world-map[data-zoom-ready]').waitFor();
    const japan = page.locator('svg.world-map [data-iso3="JPN"]');
    // Without focus a state is named only: nothing is written to 200 shapes per step.
    await expect(japan).toHaveAccessibleName('Japan');
    await japan.focus();
    await expect(japan).toHaveAccessibleName(statusAt('JPN' as ActorId, '2016-01'));
    // The timeline moves on (a pointer on the slider, say) while Japan keeps focus.
    await dateSlider(page).evaluate((el: HTMLInputElement) => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setValue?.call(el, String(Number(el.value) + 1));
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(dateLabel(page)).toHaveText('February 2016');
    await expect(japan).toBeFocused();
    await expect(japan).toHaveAccessibleName(statusAt('JPN' as ActorId, '2016-02'));
    expect(statusAt('JPN' as ActorId, '2016-02')).not.toBe(statusAt('JPN' as ActorId, '2016-01'));
    await page.keyboard.press('Tab');
    await expect(japan).toHaveAccessibleName('Japan');
  });

  test('announces the month and the coalition’s count when the date changes', async ({ page }) => {
    await openApp(page, '?date=2016-01');
    await page.locator('svg.world-map[data-zoom-ready]').waitFor();
    const live = page.getByTestId('date-announcer');
    await expect(live).toHaveAttribute('aria-live', 'polite');
    // Opening the page is not news.
    await expect(live).toHaveText('');
    await dateSlider(page).focus();
    await page.keyboard.press('ArrowRight');
    const count = readView(dataset(), viewOf({ date: '2016-02' as Month })).count;
    await expect(live).toHaveText(
      `${count} states had at least one measure in force in February 2016.`,
    );
  });

  test('shows a visible focus mark on every control Tab reaches', async ({ page }) => {
    // A small record, so that Tab goes round the whole page, its panel too, in a few dozen steps.
    await openApp(page, '?date=2017-12&country=MLT');
    await page.locator('svg.world-map[data-zoom-ready]').waitFor();
    const seen = new Set<string>();
    const unmarked: string[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const ring = document.querySelector('[data-testid="focus-ring"]');
        const index = [...document.querySelectorAll('*')].indexOf(el);
        const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
        const name = `${index}: ${el.tagName.toLowerCase()} ${label}`;
        const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const mapState = el.matches('svg.world-map .state');
        return { name, marked: mapState ? ring !== null : outlined };
      });
      if (!info) continue;
      if (seen.has(info.name)) break;
      seen.add(info.name);
      if (!info.marked) unmarked.push(info.name);
    }
    expect(seen.size).toBeGreaterThan(20);
    expect(unmarked).toEqual([]);
  });
});
