import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { viewCsv } from '../src/model/csv';
import { readView } from '../src/model/lens';
import type { Month } from '../src/model/month';
import { filterRows, sortRows, tableRows } from '../src/model/tableRows';
import type { View } from '../src/model/view';
import { dataset, dateSlider, expect, FIXED_NOW, openApp, test, viewOf } from './support';

/** The table's rows as the model makes them for a view. */
const rowsOf = (view: View) => tableRows(dataset(), view, readView(dataset(), view));

async function openTable(page: Page, search: string): Promise<void> {
  await page.clock.setFixedTime(FIXED_NOW);
  await page.goto(`/${search}`);
  await expect(page.getByTestId('state-table')).toBeVisible();
}

/** The table's rows on the page, in order, as [iso3, kinds]. */
async function tableState(page: Page): Promise<[string, string][]> {
  return page.$$eval('[data-testid="state-table"] tbody tr', (trs) =>
    trs.map((tr) => [tr.getAttribute('data-iso3') ?? '', tr.getAttribute('data-kinds') ?? '']),
  );
}

/** A CSV text as rows of cells (RFC 4180: quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (quoted || c !== '\r') {
      cell += c;
    }
  }
  return rows;
}

test.describe('the table', () => {
  test('opens from its tab beside the map, one row per state, following the date', async ({
    page,
  }) => {
    await openApp(page, '?date=2017-12');
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect(page).toHaveURL(/tab=table/);
    await expect(page.getByTestId('state-table')).toBeVisible();
    await expect(page.locator('svg.world-map')).toBeHidden();

    const december = rowsOf(viewOf({ date: '2017-12' as Month }));
    const byName = sortRows(december, 'name', 'ascending');
    expect(await tableState(page)).toEqual(byName.map((r) => [r.id, String(r.kinds)]));
    // One row per state, the target left out.
    expect(december).toHaveLength(
      [...dataset().actors.values()].filter((a) => a.kind === 'state').length - 1,
    );
    const japan = page.locator('tbody tr[data-iso3="JPN"]');
    const jpn = december.find((r) => r.id === 'JPN');
    for (const kind of jpn?.byKind ?? []) {
      await expect(japan.locator(`[data-category="${kind.category}"]`)).toContainText(
        `(${kind.count})`,
      );
    }

    // A step of the timeline moves the table with the map.
    await dateSlider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('state-table')).toHaveAttribute('data-month', '2018-01');
    const january = sortRows(rowsOf(viewOf({ date: '2018-01' as Month })), 'name', 'ascending');
    expect(await tableState(page)).toEqual(january.map((r) => [r.id, String(r.kinds)]));

    // The name opens the state's panel.
    await page.locator('tbody tr[data-iso3="JPN"] th button').click();
    await expect(page.getByTestId('details-panel')).toHaveAttribute('data-iso3', 'JPN');

    // The map tab brings the map back, and Back the table.
    await page.getByRole('tab', { name: 'Map' }).click();
    await expect(page.locator('svg.world-map')).toBeVisible();
    await expect(page).not.toHaveURL(/tab=table/);
  });

  test('sorts by name, number of kinds and first measure', async ({ page }) => {
    await openTable(page, '?date=2017-12&tab=table');
    const rows = rowsOf(viewOf({ date: '2017-12' as Month }));
    const ids = (key: 'name' | 'kinds' | 'first', dir: 'ascending' | 'descending') =>
      sortRows(rows, key, dir).map((r) => [r.id, String(r.kinds)]);
    const header = (name: string) => page.getByRole('columnheader', { name });

    await page.getByTestId('sort-kinds').click();
    await expect(header('Kinds in force')).toHaveAttribute('aria-sort', 'descending');
    expect(await tableState(page)).toEqual(ids('kinds', 'descending'));
    await page.getByTestId('sort-kinds').click();
    await expect(header('Kinds in force')).toHaveAttribute('aria-sort', 'ascending');
    expect(await tableState(page)).toEqual(ids('kinds', 'ascending'));

    await page.getByTestId('sort-first').click();
    await expect(header('First measure')).toHaveAttribute('aria-sort', 'ascending');
    expect(await tableState(page)).toEqual(ids('first', 'ascending'));
    const firstRow = page.locator('tbody tr').first();
    const earliest = ids('first', 'ascending')[0]?.[0];
    await expect(firstRow).toHaveAttribute('data-iso3', earliest ?? '');

    await page.getByTestId('sort-name').click();
    await page.getByTestId('sort-name').click();
    await expect(header('State')).toHaveAttribute('aria-sort', 'descending');
    expect(await tableState(page)).toEqual(ids('name', 'descending'));
  });

  test('filters by name and by UN M49 region, and follows the measures filter', async ({
    page,
  }) => {
    await openTable(page, '?date=2017-12&tab=table&measures=labor_restriction');
    const rows = rowsOf(viewOf({ date: '2017-12' as Month, categories: ['labor_restriction'] }));
    const expected = (text: string, region: string | null) =>
      sortRows(filterRows(rows, text, region), 'name', 'ascending').map((r) => [
        r.id,
        String(r.kinds),
      ]);
    expect(await tableState(page)).toEqual(expected('', null));

    await page.getByTestId('table-filter').fill('korea');
    expect(await tableState(page)).toEqual(expected('korea', null));
    expect((await tableState(page)).map(([id]) => id)).toEqual(['KOR']);

    await page.getByTestId('table-filter').fill('');
    await page.getByTestId('table-region').selectOption({ label: '\u2002\u2002Northern Europe' });
    expect(await tableState(page)).toEqual(expected('', '154'));
    await expect(page.locator('tbody tr[data-iso3="NOR"]')).toBeVisible();
    await expect(page.locator('tbody tr[data-iso3="DEU"]')).toHaveCount(0);

    await page.getByTestId('table-filter').fill('land');
    expect(await tableState(page)).toEqual(expected('land', '154'));
    await expect(page.getByTestId('table-count')).toHaveAttribute(
      'data-shown',
      String(filterRows(rows, 'land', '154').length),
    );
  });

  test('downloads "what this map shows" as CSV, the same file as the footer', async ({ page }) => {
    await openTable(page, '?date=2017-12&tab=table');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-table-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('dprk-coalition-2017-12-kinds.csv');
    const text = readFileSync(await download.path(), 'utf8');
    const view = viewOf({ date: '2017-12' as Month });
    expect(text).toBe(viewCsv(dataset(), view, readView(dataset(), view)));

    const [header, ...rows] = parseCsv(text);
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const japan = rows.find((r) => r[col('iso3')] === 'JPN');
    const jpn = rowsOf(view).find((r) => r.id === 'JPN');
    expect(japan?.[col('name')]).toBe('Japan');
    expect(japan?.[col('month')]).toBe('2017-12');
    expect(japan?.[col('level')]).toBe(String(jpn?.kinds));
    expect(japan?.[col('kinds_in_force')]?.split(';').sort()).toEqual(
      jpn?.byKind.map((k) => k.category).sort(),
    );
    await expect(page.locator('tbody tr[data-iso3="JPN"]')).toHaveAttribute(
      'data-kinds',
      japan?.[col('level')] ?? '',
    );
  });

  test('as time moves, re-renders only the rows whose states changed', async ({ page }) => {
    await openTable(page, '?date=2016-01&tab=table');
    await page.evaluate(() => {
      const body = document.querySelector('[data-testid="state-table"] tbody');
      const changed = new Set<string>();
      (window as unknown as { changed: Set<string> }).changed = changed;
      new MutationObserver((records) => {
        for (const r of records) {
          const node = r.target instanceof Element ? r.target : r.target.parentElement;
          const row = node?.closest('tr');
          // A row moved or added is a childList change of the body: its own id then.
          if (row) changed.add(row.getAttribute('data-iso3') ?? '?');
          for (const n of r.addedNodes)
            if (n instanceof HTMLTableRowElement) changed.add(n.getAttribute('data-iso3') ?? '?');
        }
      }).observe(body as Node, {
        subtree: true,
        attributes: true,
        childList: true,
        characterData: true,
      });
    });
    await dateSlider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('state-table')).toHaveAttribute('data-month', '2016-02');
    const before = rowsOf(viewOf({ date: '2016-01' as Month }));
    const after = new Map(rowsOf(viewOf({ date: '2016-02' as Month })).map((r) => [r.id, r]));
    const differs = before
      .filter((r) => JSON.stringify(r) !== JSON.stringify(after.get(r.id)))
      .map((r) => r.id);
    // Japan re-imposed measures in February 2016; most states did nothing that month.
    expect(differs).toContain('JPN');
    expect(differs.length).toBeLessThan(before.length / 4);
    const changed = await page.evaluate(() => [
      ...(window as unknown as { changed: Set<string> }).changed,
    ]);
    expect(changed.sort()).toEqual(differs.sort());
  });
});
