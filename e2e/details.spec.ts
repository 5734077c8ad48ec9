import { clickState, dataset, expect, openApp, test, withUnresearched, world } from './support';
import type { ActorId } from '../src/model/types';

test.describe('the details panel', () => {
  test('opens on a click on Japan with its measures, dates and source links, and closes with Escape', async ({
    page,
  }) => {
    await openApp(page, '?date=2016-03');
    await clickState(page, 'JPN');
    const panel = page.getByTestId('details-panel');
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Japan');
    await expect(page).toHaveURL(/country=JPN/);

    const japan = dataset().applied.get('JPN' as ActorId) ?? [];
    await expect(panel.locator('[data-measure-id]')).toHaveCount(japan.length);
    const lifted = panel.locator('[data-measure-id="jpn-2006-entry-ban-dprk-nationals"]');
    await expect(lifted).toContainText('Entry bans');
    await expect(lifted).toContainText('October 2006 (month only)');
    await expect(lifted).toContainText('July 4, 2014 (lifted)');
    await expect(lifted).toHaveAttribute('data-in-force', 'false');
    const reimposed = panel.locator('[data-measure-id="jpn-2016-entry-ban-dprk-nationals"]');
    await expect(reimposed).toHaveAttribute('data-in-force', 'true');
    await expect(reimposed).toContainText('still in force');

    const links = panel.locator('.sources a');
    expect(await links.count()).toBeGreaterThanOrEqual(japan.length);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^https:\/\//);
    }
    await expect(links.first()).toHaveAttribute('rel', /noopener/);

    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page).not.toHaveURL(/country=/);
  });

  test('shows EU measures on a member state as "via the EU", for its years of membership', async ({
    page,
  }) => {
    await openApp(page, '?date=2017-12&country=BGR');
    const panel = page.getByTestId('details-panel');
    const viaEu = panel.locator('.chip.via', { hasText: 'via the EU' });
    await expect(viaEu.first()).toBeVisible();
    expect(await viaEu.count()).toBeGreaterThan(5);
    // The EU's first measure, by the id it had before it was split (an alias now).
    const first = world().measureIndex.get('eu-2006-restrictive-measures-introduced')?.id ?? '';
    await expect(panel.locator(`[data-measure-id="${first}"]`)).toContainText(
      'applies while Bulgaria is a member: from January 2007',
    );
    await openApp(page, '?date=2021-06&country=GBR');
    await expect(
      page
        .getByTestId('details-panel')
        .locator('[data-measure-id="eu-2016-fund-transfers-prior-authorisation"]'),
    ).toHaveAttribute('data-in-force', 'false');
    await expect(
      page
        .getByTestId('details-panel')
        .locator('[data-measure-id="gbr-2020-port-entry-directions"]'),
    ).toHaveAttribute('data-in-force', 'true');
  });

  test('reaches any actor, the EU and the UN included, from the list', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('actor-picker').selectOption('UN');
    await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(
      /^United Nations/,
    );
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(page.getByTestId('details-panel')).toBeHidden();
  });

  test('says when a state is not yet researched, and what was searched when none was found', async ({
    page,
  }) => {
    await withUnresearched(page, 'BTN');
    await openApp(page, '?country=BTN');
    await expect(page.getByTestId('details-panel')).toContainText('not yet researched');
    const noneFound = [...dataset().actors.values()].find((a) => a.id === 'ZMB');
    expect(noneFound?.research.status).toBe('no-measure-found');
    await page.getByTestId('actor-picker').selectOption('ZMB');
    await expect(page.getByTestId('details-panel')).toContainText('Searched, no measure found');
    await expect(page.getByTestId('details-panel')).toContainText(
      noneFound?.research.note?.slice(0, 40) ?? '',
    );
  });
});
