import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { buildScene } from '../src/map/scene';
import { readView } from '../src/model/lens';
import type { Month } from '../src/model/month';
import { dataset, dateLabel, expect, openApp, test, viewOf, world } from './support';

const VIEW = '?date=2017-09&measures=labor_restriction&country=JPN';

test.describe('sharing a view', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the permalink reproduces the exact view, pinned to its data, in a new page', async ({
    page,
    context,
  }) => {
    await openApp(page, VIEW);
    await page.getByTestId('share').click();
    const dialog = page.getByTestId('share-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(
      'States with labour restrictions on the DPRK, September 2017',
    );
    const permalink = await dialog.getByTestId('permalink').inputValue();
    expect(permalink).toContain('date=2017-09');
    expect(permalink).toContain('measures=labor_restriction');
    expect(permalink).toContain(`data=${dataset().version}`);

    await dialog.getByTestId('permalink-copy').click();
    await expect(dialog.getByTestId('permalink-copy')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);

    const other = await context.newPage();
    await other.clock.setFixedTime(new Date('2026-11-15T12:00:00Z'));
    await other.goto(permalink);
    await expect(other.locator('svg.world-map[data-ready]')).toBeVisible();
    await expect(dateLabel(other)).toHaveText('September 2017');
    await expect(other.getByRole('checkbox', { name: 'Labour restrictions' })).toBeChecked();
    await expect(other.getByRole('checkbox', { name: 'Port bans' })).not.toBeChecked();
    await expect(other.getByTestId('details-panel')).toHaveAttribute('data-iso3', 'JPN');
    await expect(other.getByTestId('stale-pin')).toHaveCount(0);
  });

  test('the embed code frames the view with a fallback height, and a still picture drops the timeline', async ({
    page,
  }) => {
    await openApp(page, VIEW);
    await page.getByTestId('share').click();
    const dialog = page.getByTestId('share-dialog');
    const code = await dialog.getByTestId('embed-code').inputValue();
    expect(code).toMatch(/<iframe src="[^"]*embed=1[^"]*" title="States with labour restrictions/);
    expect(code).toMatch(/height="\d+"/);
    expect(code).toMatch(/aspect-ratio:\d+\/\d+/);
    expect(code).toContain('data-sanctions-map');
    expect(code).toMatch(
      /<script src="[^"]*embed\.js" integrity="sha384-[^"]+" crossorigin="anonymous" async><\/script>/,
    );
    expect(code).not.toContain('timeline=0');
    await dialog.getByLabel('Still picture: no timeline').check();
    await expect(dialog.getByTestId('embed-code')).toHaveValue(/timeline=0/);
  });

  test('Download PNG gives a picture at twice the width, not blank', async ({ page }) => {
    await openApp(page, VIEW);
    await page.getByTestId('share').click();
    const dialog = page.getByTestId('share-dialog');
    await dialog.getByLabel('Width').selectOption('640');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByTestId('download-png').click(),
    ]);
    expect(download.suggestedFilename()).toBe('dprk-coalition-2017-09-labor_restriction.png');
    const png = PNG.sync.read(readFileSync(await download.path()));
    expect(png.width).toBe(1280);
    expect(png.height).toBeGreaterThan(600);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 53) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(8);
  });

  test('Download SVG gives a complete picture whose fills are the map’s', async ({ page }) => {
    await openApp(page, VIEW);
    await page.getByTestId('share').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-svg').click(),
    ]);
    const doc = new DOMParser().parseFromString(
      readFileSync(await download.path(), 'utf8'),
      'image/svg+xml',
    );
    const groups = Array.from(doc.getElementsByTagName('g')).filter((g) =>
      g.getAttribute('data-iso3'),
    );
    const view = viewOf({ date: '2017-09' as Month, categories: ['labor_restriction'] });
    const scene = buildScene(world().geometry, readView(dataset(), view));
    expect(groups).toHaveLength(scene.shapes.length);
    const fills = new Map(groups.map((g) => [g.getAttribute('data-iso3'), g.getAttribute('fill')]));
    for (const s of scene.shapes) expect(fills.get(s.id)).toBe(s.paint.fill);
    const text = Array.from(doc.getElementsByTagName('text'))
      .map((t) => t.textContent)
      .join(' ');
    expect(text).toContain('States with labour restrictions on the DPRK, September 2017');
    expect(text).toContain('Labour restrictions in force');
    expect(text).toContain(`Data version ${dataset().version}`);
  });

  test('a link made with another version of the data says so, and opens on the current data', async ({
    page,
  }) => {
    await openApp(page, '?date=2017-12&data=000000000000');
    const note = page.getByTestId('stale-pin');
    await expect(note).toContainText('The data has been updated since this link was made');
    await expect(page).toHaveURL(new RegExp(`data=${dataset().version}`));
    await note.getByRole('link').click();
    await expect(page.getByTestId('stale-pin')).toHaveCount(0);
    await expect(dateLabel(page)).toHaveText('December 2017');
  });

  test('the built page carries social preview tags with a picture made at build time', async ({
    page,
    request,
  }) => {
    await openApp(page);
    const meta = (key: string) =>
      page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
    expect(await meta('og:title')).toMatch(/^States with measures against the DPRK, /);
    expect(await meta('twitter:card')).toBe('summary_large_image');
    const image = (await meta('og:image')) ?? '';
    expect(image).toMatch(/social\.png$/);
    const response = await request.get(image);
    expect(response.ok()).toBe(true);
    const png = PNG.sync.read(await response.body());
    expect(png.width).toBe(1200);
  });
});
