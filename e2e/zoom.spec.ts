import type { Page } from '@playwright/test';
import { clickState, expect, openApp, pointInState, test, world } from './support';

const map = (page: Page) => page.locator('svg.world-map');
const zoomOf = async (page: Page) => Number(await map(page).getAttribute('data-zoom'));

async function openZoomable(page: Page, search = '?date=2017-12') {
  await openApp(page, search);
  await expect(map(page)).toHaveAttribute('data-zoom-ready', 'true');
}

/** Where a state is drawn on screen, as a box. */
const boxOf = (page: Page, id: string) =>
  page.locator(`svg.world-map [data-iso3="${id}"]`).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });

test.describe('zoom and pan', () => {
  test.use({ reducedMotion: 'reduce' });

  test('zooms in and out with the buttons and resets to the whole map', async ({ page }) => {
    await openZoomable(page);
    expect(await zoomOf(page)).toBe(1);
    await expect(page.getByTestId('zoom-out')).toHaveAttribute('aria-disabled', 'true');
    const before = await boxOf(page, 'DEU');

    await page.getByTestId('zoom-in').click();
    await expect(map(page)).toHaveAttribute('data-zoom', '2.00');
    await page.getByTestId('zoom-in').click();
    await expect(map(page)).toHaveAttribute('data-zoom', '4.00');
    await expect(page.locator('.zoom-layer')).toHaveAttribute('transform', /scale\(4\)$/);
    await expect(page.getByTestId('zoom-out')).toHaveAttribute('aria-disabled', 'false');

    await page.getByTestId('zoom-out').click();
    await expect(map(page)).toHaveAttribute('data-zoom', '2.00');
    // Germany is drawn twice as large; resizing is a transform, so its path is unchanged.
    const d = await page.locator('[data-iso3="DEU"] path').getAttribute('d');
    const after = await boxOf(page, 'DEU');
    expect(after.width / before.width).toBeCloseTo(2, 1);
    await page.getByTestId('zoom-reset').click();
    await expect(map(page)).toHaveAttribute('data-zoom', '1.00');
    expect(await page.locator('[data-iso3="DEU"] path').getAttribute('d')).toBe(d);
    // Nothing zoomed went to the address bar: zoom is the reader's, not the link's.
    expect(page.url()).not.toMatch(/zoom|focus/);
  });

  test('zooms with the wheel at the pointer, and pans by dragging', async ({ page }) => {
    await openZoomable(page);
    const japan = await pointInState(page, 'JPN');
    await page.mouse.move(japan.x, japan.y);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(1.5);
    // The point under the pointer stays under it: Japan is still there.
    const hit = await page.evaluate(
      ([x, y]) =>
        document.elementFromPoint(x, y)?.closest('[data-iso3]')?.getAttribute('data-iso3'),
      [japan.x, japan.y] as const,
    );
    expect(hit).toBe('JPN');

    const before = await boxOf(page, 'JPN');
    const svg = await map(page).boundingBox();
    if (!svg) throw new Error('no map');
    const from = { x: svg.x + svg.width * 0.5, y: svg.y + svg.height * 0.5 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x - 120, from.y - 40, { steps: 6 });
    await page.mouse.up();
    const after = await boxOf(page, 'JPN');
    expect(after.x - before.x).toBeCloseTo(-120, -1);
    expect(after.y - before.y).toBeCloseTo(-40, -1);
    // A drag is not a click: no panel opened.
    await expect(page.getByTestId('details-panel')).toHaveCount(0);
  });

  test('keeps strokes crisp at any zoom: every outline is a non-scaling stroke', async ({
    page,
  }) => {
    await openZoomable(page);
    await page.getByTestId('zoom-in').click();
    const scaling = await page.$$eval(
      'svg.world-map path, svg.world-map circle',
      (els) =>
        els.filter((el) => getComputedStyle(el).vectorEffect !== 'non-scaling-stroke').length,
    );
    expect(scaling).toBe(0);
  });

  test('lets a small state be clicked when zoomed, its dot the same size on screen', async ({
    page,
  }) => {
    await openZoomable(page, '?date=2017-12&focus=europe');
    expect(await zoomOf(page)).toBeGreaterThan(3);
    const dotBefore = await page.locator('[data-iso3="LUX"] circle').boundingBox();
    await page.getByTestId('zoom-in').click();
    await page.getByTestId('zoom-in').click();
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(12);
    const dotAfter = await page.locator('[data-iso3="LUX"] circle').boundingBox();
    expect(dotAfter?.width).toBeCloseTo(dotBefore?.width ?? 0, 0);
    // Luxembourg's own shape is now large enough to click, not only its dot.
    await page.getByTestId('zoom-reset').click();
    await expect.poll(() => zoomOf(page)).toBeLessThan(6);
    await clickState(page, 'LUX');
    await expect(page.getByTestId('details-panel')).toHaveAttribute('data-iso3', 'LUX');
  });

  test('frames the region a link names, and the region menu changes it', async ({ page }) => {
    await openZoomable(page, '?date=2017-12&focus=east-asia');
    const frame = await map(page).boundingBox();
    if (!frame) throw new Error('no map');
    /** Whether a state's centre (its largest piece's, as the model has it) is in the frame. */
    const inside = async (id: string) => {
      const c = world().geometry.shapes.find((s) => s.id === id)?.center;
      if (!c) throw new Error(`no centre for ${id}`);
      const at = await page.locator('.zoom-layer').evaluate((g: SVGGElement, p) => {
        const m = g.getScreenCTM();
        return m ? new DOMPoint(p.x, p.y).matrixTransform(m) : null;
      }, c);
      if (!at) throw new Error('no transform');
      return (
        at.x > frame.x &&
        at.x < frame.x + frame.width &&
        at.y > frame.y &&
        at.y < frame.y + frame.height
      );
    };
    for (const id of ['JPN', 'KOR', 'PRK', 'MNG']) expect(await inside(id), id).toBe(true);
    for (const id of ['USA', 'FRA', 'BRA']) expect(await inside(id), id).toBe(false);
    await expect(page.getByTestId('focus-region')).toHaveValue('east-asia');

    await page.getByTestId('focus-region').selectOption('africa');
    await expect(page).toHaveURL(/focus=africa/);
    await expect.poll(() => inside('ZAF')).toBe(true);
    for (const id of ['MEX', 'AUS', 'NZL', 'MNG']) expect(await inside(id), id).toBe(false);
    // Reset goes back to what the view frames.
    await page.getByTestId('zoom-in').click();
    await page.getByTestId('zoom-reset').click();
    await expect.poll(() => inside('ZAF')).toBe(true);
    await expect.poll(() => inside('EGY')).toBe(true);

    await page.getByTestId('focus-region').selectOption('world');
    await expect(map(page)).toHaveAttribute('data-zoom', '1.00');
    expect(page.url()).not.toMatch(/focus=/);
  });

  test('gives Fiji, split by the map’s edge, a dot that opens it', async ({ page }) => {
    await openZoomable(page);
    const fiji = world().geometry.shapes.find((s) => s.id === 'FJI');
    expect(fiji?.marker).not.toBeNull();
    await expect(page.locator('[data-iso3="FJI"] circle')).toHaveCount(1);
    await clickState(page, 'FJI');
    await expect(page.getByTestId('details-panel')).toHaveAttribute('data-iso3', 'FJI');
  });

  test('zooms with + and − about the state that has keyboard focus', async ({ page }) => {
    await openZoomable(page);
    const japan = page.locator('svg.world-map [data-iso3="JPN"]');
    await japan.focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect(map(page)).toHaveAttribute('data-zoom', '4.00');
    const frame = await map(page).boundingBox();
    const b = await boxOf(page, 'JPN');
    expect(Math.abs(b.x + b.width / 2 - ((frame?.x ?? 0) + (frame?.width ?? 0) / 2))).toBeLessThan(
      (frame?.width ?? 0) / 4,
    );
    await page.keyboard.press('0');
    await expect(map(page)).toHaveAttribute('data-zoom', '1.00');
  });

  test('zooms to a state found by search, so a small one can be seen and clicked', async ({
    page,
  }) => {
    await openZoomable(page);
    const search = page.getByRole('combobox', { name: 'Find a state' });
    await search.fill('Malta');
    await search.press('Enter');
    await expect(page.getByTestId('details-panel')).toHaveAttribute('data-iso3', 'MLT');
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(8);
    // Malta's own shape is now a target of its own, in the middle of the frame.
    const frame = await map(page).boundingBox();
    const malta = await boxOf(page, 'MLT');
    expect(malta.width).toBeGreaterThan(6);
    const cx = malta.x + malta.width / 2;
    expect(Math.abs(cx - ((frame?.x ?? 0) + (frame?.width ?? 0) / 2))).toBeLessThan(40);
  });
});
