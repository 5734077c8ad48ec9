import {
  clickState,
  dataset,
  dateLabel,
  expect,
  expectedLevels,
  hoverState,
  mapLevels,
  openApp,
  test,
  withUnresearched,
} from './support';

test.describe('the map', () => {
  test('opens at the current month with every state drawn at its level', async ({ page }) => {
    await openApp(page);
    await expect(dateLabel(page)).toHaveText('November 2026');
    const expected = expectedLevels('2026-11');
    const shown = await mapLevels(page);
    expect(shown.size).toBe(expected.size);
    expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(expected));
    const inCoalition = [...expected.values()].filter((l) => l !== '' && l !== '0').length;
    await expect(page.getByTestId('map-summary')).toHaveText(
      `${inCoalition} states had at least one measure in force in November 2026.`,
    );
  });

  test('draws North Korea apart, as the target', async ({ page }) => {
    await openApp(page, '?date=2017-12');
    const prk = page.locator('[data-iso3="PRK"]');
    await expect(prk).toHaveAttribute('data-status', 'target');
    await expect(prk).toHaveAttribute('data-level', '');
  });

  test('tells states not yet researched from states with no measure found', async ({ page }) => {
    await withUnresearched(page, 'BTN');
    await openApp(page, '?date=2017-12');
    await expect(page.locator('[data-iso3="BTN"]')).toHaveAttribute(
      'data-status',
      'not-yet-researched',
    );
    await expect(page.locator('[data-iso3="BTN"]')).toHaveAttribute('fill', /url\(#/);
    await expect(page.locator('[data-iso3="NPL"]')).toHaveAttribute('data-status', 'researched');
    const noneFound = [...dataset().actors.values()].find(
      (a) => a.research.status === 'no-measure-found' && a.id !== 'PRK',
    );
    await expect(page.locator(`[data-iso3="${noneFound?.id}"]`)).toHaveAttribute(
      'data-status',
      'no-measure-found',
    );
    await expect(page.locator(`[data-iso3="${noneFound?.id}"]`)).not.toHaveAttribute(
      'fill',
      /url\(#/,
    );
    await expect(page.getByTestId('legend')).toContainText('Not yet researched');
  });

  test('shows microstates and islands as dots that can be clicked', async ({ page }) => {
    await openApp(page, '?date=2017-12');
    for (const id of ['SGP', 'MLT', 'BHR']) {
      const dot = page.locator(`[data-iso3="${id}"] circle`);
      await expect(dot).toHaveCount(1);
    }
    await clickState(page, 'SGP');
    await expect(page.getByTestId('details-panel')).toHaveAttribute('data-iso3', 'SGP');
  });

  test('names the state and its measures in force on hover', async ({ page }) => {
    await openApp(page, '?date=2017-12');
    await hoverState(page, 'JPN');
    const tooltip = page.getByTestId('tooltip');
    await expect(tooltip).toContainText('Japan');
    await expect(tooltip).toContainText('December 2017');
    await expect(tooltip).toContainText('Port bans');
  });

  test('has a legend that says what each colour means', async ({ page }) => {
    await openApp(page);
    const legend = page.getByTestId('legend');
    await expect(legend).toContainText('Kinds of measure in force');
    // Every state has been researched, so the hatch has no key until one is not.
    await expect(legend).not.toContainText('Not yet researched');
    await expect(legend).toContainText('North Korea (the target)');
    await expect(legend).toContainText('5 or more');
  });
});
