import type { Page } from '@playwright/test';
import { contrastRatio } from '../src/map/contrast';
import { paintFor } from '../src/map/scene';
import { PROJECTOR_STYLE, STANDARD_STYLE, type MapStyle } from '../src/map/style';
import { readView } from '../src/model/lens';
import type { Month } from '../src/model/month';
import { dateLabel, dateSlider, expect, openApp, test, viewOf, world } from './support';

/**
 * A teacher presenting: presentation mode (full screen, the projector palette, type a room can
 * read, controls that fade), the page's keys wherever focus is on the page, and play that suits a
 * class (speeds, a range, pausing at events), all of it in the URL.
 */

const app = (page: Page) => page.locator('.app');
const isFullscreen = (page: Page) => page.evaluate(() => document.fullscreenElement !== null);
const month = (page: Page) => dateLabel(page).getAttribute('data-month');

/** Every state's fill on the page, in one round trip. */
async function mapFills(page: Page): Promise<Map<string, string>> {
  const pairs = await page.$$eval('svg.world-map [data-iso3]', (els) =>
    els.map((el) => [el.getAttribute('data-iso3') ?? '', el.getAttribute('fill') ?? ''] as const),
  );
  return new Map(pairs);
}

/** Every state's fill at a month, as the model paints it in a style. */
function expectedFills(date: string, style: MapStyle): Map<string, string> {
  const reading = readView(world().dataset, viewOf({ date: date as Month }));
  return new Map(
    world().geometry.shapes.map((s) => [
      s.id as string,
      paintFor(reading.states.get(s.id), reading.lens, style).fill,
    ]),
  );
}

test.describe('presentation mode', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('goes full screen from its button, fills the screen with large type, and Escape leaves', async ({
    page,
  }) => {
    await openApp(page, '?date=2017-12');
    await page.getByTestId('present').click();
    await expect(app(page)).toHaveClass(/\bpresent\b/);
    await expect.poll(() => isFullscreen(page)).toBe(true);
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');

    // The map fills the screen; the date and the legend can be read from the back of a room.
    const map = await page.locator('svg.world-map').boundingBox();
    expect(map).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
    const px = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await expect(page.getByTestId('present-date')).toHaveAttribute('data-month', '2017-12');
    await expect(page.getByTestId('present-date')).toContainText('December 2017');
    expect(await px('.present-date')).toBeGreaterThanOrEqual(48);
    expect(await px('.legend li')).toBeGreaterThanOrEqual(24);
    expect(await px('.legend figcaption')).toBeGreaterThanOrEqual(24);
    await expect(page.locator('.app-head')).toBeHidden();

    await page.keyboard.press('Escape');
    await expect(app(page)).not.toHaveClass(/\bpresent\b/);
    await expect.poll(() => isFullscreen(page)).toBe(false);
    expect(new URL(page.url()).searchParams.get('present')).toBeNull();
  });

  test('hides the controls until the mouse moves, and again once it rests', async ({ page }) => {
    await openApp(page, '?date=2017-12&present=1');
    const timeline = page.locator('#timeline');
    const toolbar = page.locator('.toolbar');
    await expect(timeline).toHaveCSS('opacity', '0');
    await expect(toolbar).toHaveCSS('opacity', '0');
    // The date and the legend stay.
    await expect(page.getByTestId('present-date')).toBeVisible();
    await expect(page.getByTestId('legend')).toBeVisible();
    await page.mouse.move(900, 500);
    await page.mouse.move(960, 540);
    await expect(timeline).toHaveCSS('opacity', '1');
    await expect(toolbar).toHaveCSS('opacity', '1');
    await expect(timeline).toHaveCSS('opacity', '0', { timeout: 10_000 });
  });

  test('opens with ?present=1 and goes full screen on the first key', async ({ page }) => {
    await openApp(page, '?date=2016-01&present=1');
    await expect(app(page)).toHaveClass(/\bpresent\b/);
    // Browsers allow full screen only from a gesture: none yet.
    expect(await isFullscreen(page)).toBe(false);
    await page.keyboard.press('ArrowRight');
    await expect(dateLabel(page)).toHaveText('February 2016');
    await expect.poll(() => isFullscreen(page)).toBe(true);
  });

  test('draws the projector palette, with its contrasts, and the screen palette again after', async ({
    page,
  }) => {
    await openApp(page, '?date=2017-12');
    expect(Object.fromEntries(await mapFills(page))).toEqual(
      Object.fromEntries(expectedFills('2017-12', STANDARD_STYLE)),
    );
    await page.keyboard.press('f');
    await expect(app(page)).toHaveClass(/\bpresent\b/);
    const fills = await mapFills(page);
    expect(Object.fromEntries(fills)).toEqual(
      Object.fromEntries(expectedFills('2017-12', PROJECTOR_STYLE)),
    );
    // What the screen shows: "none" against the first level, and each step against the next.
    const classFill = async (cls: string) =>
      page.locator(`svg.world-map [data-class="${cls}"]`).first().getAttribute('fill');
    const shown = await Promise.all(['none', 'k1', 'k2', 'k3', 'k4', 'k5'].map(classFill));
    expect(contrastRatio(shown[0] ?? '', shown[1] ?? '')).toBeGreaterThanOrEqual(3);
    for (let i = 1; i + 1 < shown.length; i++) {
      expect(contrastRatio(shown[i] ?? '', shown[i + 1] ?? '')).toBeGreaterThanOrEqual(1.5);
    }
    // The target is patterned, and so is its legend swatch.
    await expect(page.locator('svg.world-map [data-iso3="PRK"]')).toHaveAttribute(
      'fill',
      'url(#projector-target)',
    );
    await expect(page.locator('.legend li[data-class="target"] svg > rect')).toHaveAttribute(
      'fill',
      'url(#legend-projector-target)',
    );
    // A timeline step repaints in the projector palette too.
    await page.keyboard.press('Shift+ArrowLeft');
    await expect(dateLabel(page)).toHaveText('December 2016');
    expect(Object.fromEntries(await mapFills(page))).toEqual(
      Object.fromEntries(expectedFills('2016-12', PROJECTOR_STYLE)),
    );
    await page.keyboard.press('f');
    await expect(app(page)).not.toHaveClass(/\bpresent\b/);
    expect(Object.fromEntries(await mapFills(page))).toEqual(
      Object.fromEntries(expectedFills('2016-12', STANDARD_STYLE)),
    );
  });
});

/** Where focus can be when a key is pressed: the keys must work from each. */
const PLACES: readonly [string, (page: Page) => Promise<void>][] = [
  [
    'the page',
    (page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()),
  ],
  ['the timeline slider', (page) => dateSlider(page).focus()],
  ['a filter checkbox', (page) => page.getByRole('checkbox', { name: 'Port bans' }).focus()],
  ['a toolbar button', (page) => page.getByTestId('share').focus()],
];

test.describe('the page keys', () => {
  for (const present of [false, true]) {
    for (const [place, focus] of PLACES) {
      // The filters are not shown in presentation mode.
      if (present && place === 'a filter checkbox') continue;
      test(`work from ${place}${present ? ' in presentation mode' : ''}`, async ({ page }) => {
        await openApp(page, `?date=2016-06${present ? '&present=1' : ''}`);
        await focus(page);
        const press = async (key: string, expected: string) => {
          await page.keyboard.press(key);
          await expect(dateLabel(page)).toHaveText(expected);
        };
        await press('ArrowRight', 'July 2016');
        await press('ArrowLeft', 'June 2016');
        await press('Shift+ArrowRight', 'June 2017');
        await press('Shift+ArrowLeft', 'June 2016');
        await press('Home', 'July 2006');
        await press('End', 'November 2026');
        await press('ArrowLeft', 'October 2026');
        await press('Home', 'July 2006');

        if (place !== 'a toolbar button' && place !== 'a filter checkbox') {
          // On a button or a checkbox, Space is the control's own.
          await page.keyboard.press('Space');
          await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
          await page.keyboard.press('Space');
          await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
        }

        await page.keyboard.press('?');
        const help = page.getByTestId('help');
        await expect(help).toBeVisible();
        await expect(help).toContainText('Play or pause');
        await page.keyboard.press('?');
        await expect(help).toBeHidden();
        await focus(page);
        await page.keyboard.press('?');
        await expect(help).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(help).toBeHidden();

        await focus(page);
        if (present) {
          await page.keyboard.press('Escape');
          await expect(app(page)).not.toHaveClass(/\bpresent\b/);
        } else {
          await page.keyboard.press('f');
          await expect(app(page)).toHaveClass(/\bpresent\b/);
          await page.keyboard.press('Escape');
          await expect(app(page)).not.toHaveClass(/\bpresent\b/);
        }
      });
    }
  }

  test('leave a text field its keys', async ({ page }) => {
    await openApp(page, '?date=2016-06');
    await page.getByText('Play options').click();
    const from = page.getByTestId('play-from');
    await from.focus();
    for (const key of ['ArrowRight', 'Home', 'f', '?', 'Shift+ArrowLeft'])
      await page.keyboard.press(key);
    await expect(dateLabel(page)).toHaveText('June 2016');
    await expect(app(page)).not.toHaveClass(/\bpresent\b/);
    await expect(page.getByTestId('help')).toHaveCount(0);
  });

  test('open the list of keys from its button too', async ({ page }) => {
    await openApp(page, '?date=2016-06');
    await page.getByTestId('keys').click();
    await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible();
    await page.getByTestId('help').getByRole('button', { name: 'Close' }).click();
    await expect(page.getByTestId('help')).toHaveCount(0);
  });
});

/** The months with an event on the timeline, as the dataset has them. */
function eventMonths(): Set<string> {
  return new Set(world().dataset.events.map((e) => e.month));
}

test.describe('play for a class', () => {
  test('offers speeds from 2 s to a fraction of a second a month, kept in the URL', async ({
    page,
  }) => {
    await openApp(page, '?date=2016-06');
    const speed = page.getByRole('combobox', { name: 'Speed' });
    await expect(speed.locator('option')).toHaveText([
      '2 s a month',
      '1 s a month',
      '½ s a month',
      '¼ s a month',
      'Fast',
      'Fastest',
    ]);
    await speed.selectOption('1s');
    await expect.poll(() => new URL(page.url()).searchParams.get('speed')).toBe('1s');
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('1s');
  });

  test('plays over a chosen range from its start, and stops at its end', async ({ page }) => {
    await openApp(page, '?date=2010-05&speed=0.04s');
    await page.getByText('Play options').click();
    await page.getByTestId('play-from').fill('2016-01');
    await page.getByTestId('play-to').fill('2016-09');
    await expect.poll(() => page.url()).toContain('from=2016-01&to=2016-09');
    await expect(page.locator('.play-range')).toHaveAttribute('data-from', '2016-01');
    await page.getByTestId('play').click();
    await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
    await expect(dateLabel(page)).toHaveText('September 2016');
    // Play again: from the range's start.
    const seen = new Set<string>();
    await page.exposeFunction('seeMonth', (m: string) => seen.add(m));
    await page.evaluate(() => {
      const label = document.querySelector('[data-testid="date-label"]');
      const w = window as unknown as { seeMonth: (m: string) => void };
      new MutationObserver(() => w.seeMonth(label?.getAttribute('data-month') ?? '')).observe(
        label as Node,
        { attributes: true, attributeFilter: ['data-month'] },
      );
    });
    await page.getByTestId('play').click();
    await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
    await expect(dateLabel(page)).toHaveText('September 2016');
    expect([...seen].sort()[0]).toBe('2016-01');
    expect([...seen].every((m) => m >= '2016-01' && m <= '2016-09')).toBe(true);

    // The range travels with the link.
    await page.reload();
    await page.getByText('Play options').click();
    await expect(page.getByTestId('play-from')).toHaveValue('2016-01');
    await expect(page.getByTestId('play-to')).toHaveValue('2016-09');
  });

  test('pauses at each event on the timeline when asked, and goes on from there', async ({
    page,
  }) => {
    await openApp(page, '?date=2016-01&from=2016-01&to=2016-12&speed=0.04s');
    await page.getByText('Play options').click();
    await page.getByTestId('pause-at-events').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('pause')).toBe('events');
    const stops = [...eventMonths()].filter((m) => m > '2016-01' && m < '2016-12').sort();
    expect(stops.length).toBeGreaterThanOrEqual(3);
    for (const stop of [...stops, '2016-12']) {
      await page.getByTestId('play').click();
      await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
      expect(await month(page)).toBe(stop);
      if (stop !== '2016-12') await expect(page.getByTestId('this-month')).not.toBeEmpty();
    }
  });
});
