import { dataset, dateLabel, dateSlider, expect, openApp, test } from './support';

test.describe('permalinks', () => {
  test('reload to the same view', async ({ page }) => {
    await openApp(page, '?date=2016-03&measures=port_ban,labor_restriction&country=JPN');
    const check = async () => {
      await expect(dateLabel(page)).toHaveText('March 2016');
      await expect(dateSlider(page)).toHaveAttribute('aria-valuetext', 'March 2016');
      await expect(page.getByRole('checkbox', { name: 'Port bans' })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: 'Labour restrictions' })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: 'Trade bans' })).not.toBeChecked();
      await expect(page.getByTestId('details-panel')).toHaveAttribute('data-iso3', 'JPN');
    };
    await check();
    await page.reload();
    await check();
    expect(new URL(page.url()).search).toBe(
      `?date=2016-03&measures=port_ban,labor_restriction&country=JPN&data=${dataset().version}`,
    );
  });

  test('record each change, so Back steps back through them', async ({ page }) => {
    await openApp(page, '?date=2016-03');
    await page.getByRole('checkbox', { name: 'Trade bans' }).uncheck();
    await page.getByTestId('actor-picker').selectOption('KOR');
    await dateSlider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(dateLabel(page)).toHaveText('April 2016');
    // Timeline steps reach the address bar once a burst of them ends.
    await expect(page).toHaveURL(/date=2016-04/);

    await page.goBack();
    await expect(dateLabel(page)).toHaveText('March 2016');
    await expect(page.getByTestId('details-panel')).toHaveAttribute('data-iso3', 'KOR');
    await page.goBack();
    await expect(page.getByTestId('details-panel')).toBeHidden();
    await page.goBack();
    await expect(page.getByRole('checkbox', { name: 'Trade bans' })).toBeChecked();
  });

  test('a well-formed month outside the timeline opens its nearest end', async ({ page }) => {
    await openApp(page, '?date=1999-01');
    await expect(dateLabel(page)).toHaveText('July 2006');
    await openApp(page, '?date=2030-01');
    await expect(dateLabel(page)).toHaveText('November 2026');
  });

  test.describe('bad parameters fall back to the default view', () => {
    for (const search of [
      '?date=2016-13',
      '?date=1999-13&measures=bogus&country=XXX',
      '?date=<script>alert(1)</script>',
      '?measures=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '?country=../../etc/passwd&date=9999-99',
      `?date=${'9'.repeat(5000)}`,
      '?date=2016-03&date=&&&=&%E0%A4%A',
      '?country=%F0%9F%87%B0%F0%9F%87%B5&embed=maybe',
    ]) {
      test(search.slice(0, 60), async ({ page }) => {
        await openApp(page, search);
        await expect(dateLabel(page)).toHaveText(
          search.startsWith('?date=2016-03') ? 'March 2016' : 'November 2026',
        );
        await expect(page.getByTestId('details-panel')).toBeHidden();
        await expect(page.getByRole('checkbox', { name: 'Port bans' })).toBeChecked();
        await expect(page.getByRole('checkbox', { name: 'Other' })).toBeChecked();
        expect(await page.locator('[data-iso3]').count()).toBeGreaterThan(190);
      });
    }
  });
});
