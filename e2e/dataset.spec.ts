import { formatPartialDate } from '../src/i18n/formatDate';
import { dataset, expect, openApp, test, expectedLevels } from './support';

/** A small RFC 4180 reader: enough to check the CSV a spreadsheet would open. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

test.describe('the dataset', () => {
  test('the footer names the data version and its date', async ({ page }) => {
    await openApp(page);
    const version = page.getByTestId('data-version');
    await expect(version).toHaveAttribute('data-version', dataset().version);
    await expect(version).toContainText(
      `Data version ${dataset().version}, updated ${formatPartialDate(dataset().updated, 'en')}.`,
    );
  });

  test('downloads as CSV with one row per measure as it applies, and its sources', async ({
    page,
  }) => {
    await openApp(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('dprk-sanctions-coalition.csv');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const rows = parseCsv(readFileSync(path, 'utf8'));
    const [header, ...body] = rows;
    const measures = [...dataset().actors.values()].flatMap((a) => a.measures);
    const applied = [...dataset().applied.values()].flat();
    expect(body).toHaveLength(applied.length);
    expect(header?.slice(0, 6)).toEqual([
      'id',
      'actor',
      'actor_name',
      'actor_kind',
      'via',
      'category',
    ]);
    expect(header).toContain('source_1_url');
    const ids = new Set(body.map((r) => r[0]));
    expect(ids.size).toBe(measures.length);
    const urlColumn = header?.indexOf('source_1_url') ?? -1;
    for (const r of body) expect(r[urlColumn]).toMatch(/^https:\/\//);

    // Counting the state rows in force gives the map's numbers: a bloc's measure is there
    // once for each member it reached.
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const month = '2017-12';
    const withLabour = new Set(
      body
        .filter(
          (r) =>
            r[col('actor_kind')] === 'state' &&
            r[col('category')] === 'labor_restriction' &&
            (r[col('in_force_from')] ?? '') <= month &&
            (r[col('in_force_until')] === '' || month < (r[col('in_force_until')] ?? '')),
        )
        .map((r) => r[col('actor')]),
    );
    const onMap = [...expectedLevels(month, ['labor_restriction']).values()].filter(
      (l) => l === '1',
    );
    expect(withLabour.size).toBe(onMap.length);
    expect(body.some((r) => r[col('via')] === 'EU' && r[col('actor')] === 'DEU')).toBe(true);
  });

  test('downloads as JSON', async ({ page }) => {
    await openApp(page);
    const response = await page.request.get('/data/dataset.json');
    expect(response.ok()).toBe(true);
    const json = (await response.json()) as { version: string };
    expect(json.version).toBe(dataset().version);
  });
});
