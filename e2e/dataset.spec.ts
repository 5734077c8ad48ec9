import { dataset, expect, openApp, test } from './support';

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
      `Data version ${dataset().version}, updated November 28, 2026.`,
    );
  });

  test('downloads as CSV with one row per measure and its sources', async ({ page }) => {
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
    expect(body).toHaveLength(measures.length);
    expect(header?.slice(0, 5)).toEqual(['id', 'actor', 'actor_name', 'category', 'summary']);
    expect(header).toContain('source_1_url');
    const ids = new Set(body.map((r) => r[0]));
    expect(ids.size).toBe(measures.length);
    const urlColumn = header?.indexOf('source_1_url') ?? -1;
    for (const r of body) expect(r[urlColumn]).toMatch(/^https:\/\//);
  });

  test('downloads as JSON', async ({ page }) => {
    await openApp(page);
    const response = await page.request.get('/data/dataset.json');
    expect(response.ok()).toBe(true);
    const json = (await response.json()) as { version: string };
    expect(json.version).toBe(dataset().version);
  });
});
