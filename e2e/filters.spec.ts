import { expect, expectedLevels, mapLevels, openApp, test } from './support';

test.describe('category filters', () => {
  test('recolour the map as they change', async ({ page }) => {
    await openApp(page, '?date=2017-12');
    const filters = page.getByTestId('filters');
    await filters.getByRole('button', { name: 'None' }).click();
    await expect(page).toHaveURL(/measures=none/);
    expect([...(await mapLevels(page)).values()].filter((l) => l !== '' && l !== '0')).toEqual([]);

    await filters.getByRole('checkbox', { name: 'Port bans' }).check();
    await filters.getByRole('checkbox', { name: 'Labour restrictions' }).check();
    await expect(page).toHaveURL(/measures=port_ban,labor_restriction/);
    expect(Object.fromEntries(await mapLevels(page))).toEqual(
      Object.fromEntries(expectedLevels('2017-12', ['port_ban', 'labor_restriction'])),
    );
    await expect(page.getByTestId('legend')).toContainText('(of 2 shown)');

    await filters.getByRole('button', { name: 'All' }).click();
    expect(Object.fromEntries(await mapLevels(page))).toEqual(
      Object.fromEntries(expectedLevels('2017-12')),
    );
  });
});
