import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support';

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Find a state' });

test.describe('finding a state', () => {
  test('typing "Malta" and Enter opens Malta, not Macao', async ({ page }) => {
    await openApp(page, '?date=2017-12');
    await searchBox(page).fill('Malta');
    const options = page.getByRole('listbox', { name: 'Find a state' }).getByRole('option');
    await expect(options.first()).toHaveText('Malta');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('details-panel')).toHaveAttribute('data-iso3', 'MLT');
    await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(
      'Malta',
    );
    await expect(page).toHaveURL(/country=MLT/);
    await expect(searchBox(page)).toHaveValue('');
  });

  test('zooms the map to the state it finds, so a small one is big enough to see', async ({
    page,
  }) => {
    await openApp(page, '?date=2017-12');
    const svg = page.locator('svg.world-map');
    await expect(svg).toHaveAttribute('data-zoom-ready', 'true');
    await expect(svg).toHaveAttribute('data-zoom', '1.00');
    const size = async (id: string) => {
      const box = await svg.locator(`[data-iso3="${id}"]`).boundingBox();
      return box ? box.width * box.height : 0;
    };
    const before = await size('PRK');
    await searchBox(page).fill('North Korea');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('details-panel')).toHaveAttribute('data-iso3', 'PRK');
    await expect.poll(async () => Number(await svg.getAttribute('data-zoom'))).toBeGreaterThan(2);
    // Framed: it is on screen, and many times the area it had on the whole world.
    await expect.poll(() => size('PRK')).toBeGreaterThan(before * 4);
    const box = await svg.locator('[data-iso3="PRK"]').boundingBox();
    const map = await svg.boundingBox();
    if (!box || !map) throw new Error('no box');
    expect(box.x).toBeGreaterThanOrEqual(map.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width + 1);
  });

  test('finds South Korea by "ROK" and Türkiye by either name, by keyboard or click', async ({
    page,
  }) => {
    await openApp(page, '?date=2017-12');
    await searchBox(page).fill('ROK');
    const list = page.getByRole('listbox', { name: 'Find a state' });
    await expect(list.getByRole('option').first()).toHaveText('South Korea as ROK');
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('details-panel')).toHaveAttribute('data-iso3', 'KOR');

    await searchBox(page).fill('Republic of Korea');
    await expect(list.getByRole('option').first()).toHaveAttribute('data-iso3', 'KOR');

    await searchBox(page).fill('Türkiye');
    await list.getByRole('option', { name: /Turkey/ }).click();
    await expect(page.getByTestId('details-panel')).toHaveAttribute('data-iso3', 'TUR');

    // Arrow keys choose among the matches; Escape clears the box.
    await searchBox(page).fill('Korea');
    await expect(list.getByRole('option')).toHaveText(['South Korea', 'North Korea']);
    await page.keyboard.press('ArrowDown');
    await expect(list.getByRole('option', { name: 'North Korea' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('details-panel')).toHaveAttribute('data-iso3', 'PRK');

    await searchBox(page).fill('Atlantis');
    await expect(page.locator('.search-none')).toHaveText('No state or organisation matches.');
    await page.keyboard.press('Escape');
    await expect(searchBox(page)).toHaveValue('');
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  });
});

test.describe('caveats and definitions', () => {
  test("a measure id in a caveat opens that measure, in its own actor's panel", async ({
    page,
  }) => {
    await openApp(page, '?date=2021-06&country=ALB');
    const panel = page.getByTestId('details-panel');
    const link = panel.locator('a[data-measure-link="eu-2016-autonomous-listings-18-persons"]');
    await expect(link).toHaveText('eu-2016-autonomous-listings-18-persons');
    // By keyboard, as a reader tabbing through the panel would.
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(panel).toHaveAttribute('data-iso3', 'EU');
    const measure = panel.locator('#measure-eu-2016-autonomous-listings-18-persons');
    await expect(measure).toBeFocused();
    await expect(measure).toBeInViewport();
  });

  test('the kinds of measure are defined under the filters, open by keyboard', async ({ page }) => {
    await openApp(page, '?date=2017-12');
    const glossary = page.getByTestId('glossary');
    await glossary.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(glossary.locator('dt', { hasText: 'Port bans' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Port bans' })).toHaveAccessibleDescription(
      /port/i,
    );
  });
});
