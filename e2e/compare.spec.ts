import { compareSets } from '../src/model/compareSets';
import type { Month } from '../src/model/month';
import type { ActorId } from '../src/model/types';
import type { View } from '../src/model/view';
import { dataset, dateSlider, expect, mapLevels, openApp, test, viewOf } from './support';

const compareView = (date: string, compare: string, over: Partial<View> = {}) =>
  viewOf({ date: date as Month, compare: compare as Month, lens: 'compare', ...over });
const names = (ids: readonly ActorId[]) => ids.map((id) => dataset().actors.get(id)?.name ?? id);

test.describe('comparing two dates', () => {
  test('lists who joined between January 2016 and January 2018, who left and who stayed', async ({
    page,
  }) => {
    await openApp(page, '?date=2018-01&compare=2016-01');
    const results = page.getByTestId('compare-results');
    await expect(results).toBeVisible();
    await expect(results).toHaveAttribute('data-from', '2016-01');
    await expect(results).toHaveAttribute('data-to', '2018-01');
    await expect(results.getByRole('heading', { level: 2 })).toHaveText(
      'Between January 2016 and January 2018',
    );

    const sets = compareSets(dataset(), compareView('2018-01', '2016-01'));
    expect(sets.joined.length).toBeGreaterThan(0);
    for (const group of ['joined', 'left', 'stayed'] as const) {
      const section = results.locator(`[data-group="${group}"]`);
      await expect(section).toHaveAttribute('data-count', String(sets[group].length));
      await expect(section.getByRole('link')).toHaveText(names(sets[group]));
    }
    await expect(results.locator('[data-group="joined"] h3')).toHaveText(
      `${sets.joined.length} states joined`,
    );

    // The lists are the map's colours: level 3 joined, 1 left, 2 stayed.
    const levels = await mapLevels(page);
    const onMap = (level: string) =>
      [...levels]
        .filter(([, l]) => l === level)
        .map(([id]) => id)
        .sort();
    expect(onMap('3')).toEqual([...sets.joined].sort());
    expect(onMap('1')).toEqual([...sets.left].sort());
    expect(onMap('2')).toEqual([...sets.stayed].sort());

    // Each name is a link to the state: its own URL, and a click opens its panel.
    const first = sets.joined[0] as ActorId;
    const link = results.locator(`[data-group="joined"] a[data-iso3="${first}"]`);
    await expect(link).toHaveAttribute('href', new RegExp(`country=${first}`));
    await link.click();
    await expect(page.getByTestId('details-panel')).toHaveAttribute('data-iso3', first);
    await expect(page).toHaveURL(new RegExp(`country=${first}`));
  });

  test('follows the date, the filter and the autonomous scope', async ({ page }) => {
    await openApp(page, '?date=2018-01&compare=2016-01&measures=labor_restriction');
    const joined = page.getByTestId('compare-results').locator('[data-group="joined"]');
    const labour = compareSets(
      dataset(),
      compareView('2018-01', '2016-01', { categories: ['labor_restriction'] }),
    );
    await expect(joined.getByRole('link')).toHaveText(names(labour.joined));

    await dateSlider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('compare-results')).toHaveAttribute('data-to', '2018-02');
    const later = compareSets(
      dataset(),
      compareView('2018-02', '2016-01', { categories: ['labor_restriction'] }),
    );
    await expect(joined.getByRole('link')).toHaveText(names(later.joined));

    await openApp(page, '?date=2018-01&compare=2016-01&scope=autonomous');
    const autonomous = compareSets(
      dataset(),
      compareView('2018-01', '2016-01', { scope: 'autonomous' }),
    );
    const all = compareSets(dataset(), compareView('2018-01', '2016-01'));
    // Implementing the UN's resolutions alone does not make a member under this scope.
    expect(autonomous.joined.length).toBeLessThan(all.joined.length);
    await expect(page.getByTestId('compare-results')).toContainText('beyond what the UN required');
    await expect(
      page.getByTestId('compare-results').locator('[data-group="joined"]').getByRole('link'),
    ).toHaveText(names(autonomous.joined));
  });

  test('is not shown under another lens', async ({ page }) => {
    await openApp(page, '?date=2018-01');
    await expect(page.getByTestId('compare-results')).toHaveCount(0);
  });
});
