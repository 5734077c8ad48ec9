import { pathToFileURL } from 'node:url';
import { installLanguageNode } from '../scripts/languagePack';
import { formatMonth } from '../src/i18n/formatDate';
import { translator } from '../src/i18n/t';
import type { Month } from '../src/model/month';
import { ensureSingleFile } from './singleFile';
import { stepIntoRebirth } from './storySteps';
import {
  CURRENT_MONTH,
  dateLabel,
  expect,
  expectedLevels,
  expectedLevelsOf,
  FIXED_NOW,
  mapLevels,
  test,
} from './support';

/**
 * The copy on a USB stick: one HTML file, opened from file:// with no server, draws the map
 * with its data and walks a story, breaking none of its own security policy and asking for
 * nothing beyond itself.
 */

let address = '';
test.beforeAll(() => {
  test.setTimeout(120_000);
  address = pathToFileURL(ensureSingleFile()).href;
});

test('the single file opens from file:// and draws the map, and a story steps', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.clock.setFixedTime(FIXED_NOW);
  await page.goto(address);
  await expect(page.locator('svg.world-map[data-ready]')).toBeVisible();
  await expect(page.locator('svg.world-map[data-zoom-ready]')).toBeVisible();
  await expect(dateLabel(page)).toHaveAttribute('data-month', CURRENT_MONTH);
  const levels = await mapLevels(page);
  expect(levels.size).toBeGreaterThanOrEqual(190);
  expect(Object.fromEntries(levels)).toEqual(Object.fromEntries(expectedLevels(CURRENT_MONTH)));

  const view = await stepIntoRebirth(page);
  expect(Object.fromEntries(await mapLevels(page))).toEqual(
    Object.fromEntries(expectedLevelsOf(view)),
  );

  // A permalink from the file opens the same file, at the story's view.
  await page.getByTestId('share').click();
  const permalink = await page.getByTestId('permalink').inputValue();
  expect(permalink.startsWith(`${address}?`), permalink).toBe(true);

  expect(
    await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  ).toEqual([]);
  expect(requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*';/);
  expect(csp).not.toContain('unsafe-inline');
});

test('the single file speaks Korean too, its text carried in the file', async ({ page }) => {
  await installLanguageNode('ko');
  const ko = translator('ko');
  await page.clock.setFixedTime(FIXED_NOW);
  await page.goto(`${address}?lang=ko&date=2017-12`);
  await expect(page.locator('svg.world-map[data-ready]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page).toHaveTitle(ko('app.title'));
  await expect(dateLabel(page)).toHaveText(formatMonth('2017-12' as Month, 'ko'));
  expect(Object.fromEntries(await mapLevels(page))).toEqual(
    Object.fromEntries(expectedLevels('2017-12')),
  );
});
