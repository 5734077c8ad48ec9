import { dateLabel, dateSlider, expect, expectedLevels, mapLevels, openApp, test } from './support';

test.describe('the timeline', () => {
  test('steps one month per arrow key and recolours the states whose measures start', async ({
    page,
  }) => {
    await openApp(page, '?date=2016-01');
    await expect(dateLabel(page)).toHaveText('January 2016');
    const before = expectedLevels('2016-01');
    const after = expectedLevels('2016-02');
    const changed = [...after].filter(([id, level]) => before.get(id) !== level).map(([id]) => id);
    // Japan re-imposed its entry ban and its remittance ban in February 2016.
    expect(changed).toContain('JPN');

    await dateSlider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(dateLabel(page)).toHaveText('February 2016');
    await expect(dateSlider(page)).toHaveAttribute('aria-valuetext', 'February 2016');
    expect(Object.fromEntries(await mapLevels(page))).toEqual(Object.fromEntries(after));
    for (const id of changed) {
      expect(Number(after.get(id))).not.toBe(Number(before.get(id)));
    }

    await page.keyboard.press('ArrowLeft');
    await expect(dateLabel(page)).toHaveText('January 2016');
    await page.keyboard.press('PageUp');
    await expect(dateLabel(page)).toHaveText('January 2017');
    await page.keyboard.press('Home');
    await expect(dateLabel(page)).toHaveText('July 2006');
    await page.keyboard.press('End');
    await expect(dateLabel(page)).toHaveText('November 2026');
  });

  test('plays, advancing the month, and pauses', async ({ page }) => {
    await openApp(page, '?date=2016-01');
    await page.getByTestId('play').click();
    await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
    await expect(dateLabel(page)).not.toHaveText('January 2016');
    await page.getByTestId('play').click();
    await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
    const paused = await dateLabel(page).textContent();
    await page.waitForTimeout(600);
    await expect(dateLabel(page)).toHaveText(paused ?? '');
    const month = await dateLabel(page).getAttribute('data-month');
    expect(month! > '2016-01').toBe(true);
    expect(Object.fromEntries(await mapLevels(page))).toEqual(
      Object.fromEntries(expectedLevels(month!)),
    );
  });

  test('toggles play with Space when the timeline has focus', async ({ page }) => {
    await openApp(page, '?date=2016-01');
    await dateSlider(page).focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  });

  test('offers a speed choice', async ({ page }) => {
    await openApp(page, '?date=2016-01');
    const speed = page.getByRole('combobox', { name: 'Speed' });
    await speed.selectOption('0.1s');
    await page.getByTestId('play').click();
    await expect(dateLabel(page)).not.toHaveText('January 2016');
    await page.getByTestId('play').click();
  });

  test('marks key events, named on hover and focus, that jump to their month', async ({ page }) => {
    await openApp(page, '?date=2010-01');
    const marker = page.locator('.event-marker[data-month="2016-01"]');
    await expect(marker).toHaveAccessibleName(/Fourth nuclear test/);
    await marker.hover();
    await expect(page.getByRole('tooltip')).toContainText('Fourth nuclear test');
    await marker.click();
    await expect(dateLabel(page)).toHaveText('January 2016');
    await expect(page.getByTestId('this-month')).toContainText('Fourth nuclear test');

    // October 2006 shares a marker with July 2006 (markers are 24-pixel targets, kept apart).
    const shared = page
      .locator('.event-marker')
      .and(page.getByRole('button', { name: /UNSCR 1718/ }));
    await shared.focus();
    await expect(page.getByRole('tooltip')).toContainText('UNSCR 1718');
    await page.keyboard.press('Enter');
    await expect(dateLabel(page)).toHaveAttribute(
      'data-month',
      (await shared.getAttribute('data-month')) ?? '',
    );
  });

  test('steps to the next and previous event', async ({ page }) => {
    await openApp(page, '?date=2016-04');
    await page.getByRole('button', { name: /Next event/ }).click();
    await expect(dateLabel(page)).toHaveText('September 2016');
    await page.getByRole('button', { name: /Previous event/ }).click();
    await expect(dateLabel(page)).toHaveText('March 2016');
  });
});

test('lets every event be reached from its marker list, even where markers crowd', async ({
  page,
}) => {
  await openApp(page, '?date=2010-01');
  // The timeline at the top of the window, so the list opens on screen: scrolling to reach it
  // would move the marker from under the pointer, and the list would close.
  await page.locator('#timeline').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const marker = page
    .locator('.event-marker')
    .and(page.getByRole('button', { name: /UNSCR 2375 \(2017\) adopted/ }));
  // Centre the marker first: scrolling while the list is open moves it from under the pointer.
  await marker.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await marker.hover();
  await page
    .getByRole('tooltip')
    .getByRole('button', { name: /UNSCR 2375 \(2017\) adopted/ })
    .click();
  await expect(dateLabel(page)).toHaveText('September 2017');
});
