import type { Page } from '@playwright/test';
import { expect, FIXED_NOW, test } from './support';

/**
 * Data that passed the old data check and broke the page: the decoder at the trust boundary now
 * refuses each with the file, the JSON path and the reason, instead of a timeline from July 216,
 * two shapes for one state, a blank option or a frozen tab.
 */
const DATASET = '**/data/dataset.json';

interface RawActor {
  id: string;
  name: string;
  numeric?: string;
  measures: { id: string; start: string; aliases?: string[] }[];
}
type Raw = { actors: RawActor[] };

async function openWithData(page: Page, edit: (json: Raw) => void) {
  await page.route(DATASET, async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Raw;
    edit(json);
    await route.fulfill({ response, json });
  });
  await page.clock.setFixedTime(FIXED_NOW);
  await page.goto('/');
  const error = page.getByTestId('load-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute('data-kind', 'invalid');
  return error;
}

const withMeasures = (json: Raw) => json.actors.find((a) => a.measures.length > 0)!;

test('a typo’d year is refused, naming the bounds, not stretched into a timeline', async ({
  page,
}) => {
  const error = await openWithData(page, (json) => {
    withMeasures(json).measures[0]!.start = '0216-07-05';
  });
  await expect(error).toContainText(
    /\/actors\/\d+\/measures\/0\/start, "0216-07-05" is not a date the map can show: the year 216 is outside 1900-2100/,
  );
});

test('one numeric code for two states is refused', async ({ page }) => {
  const error = await openWithData(page, (json) => {
    for (const a of json.actors) if (a.numeric !== undefined) a.numeric = '392';
  });
  await expect(error).toContainText(/the numeric code "392" appears twice/);
});

test('a name of zero-width characters is refused', async ({ page }) => {
  const error = await openWithData(page, (json) => {
    json.actors[0]!.name = '\u200b\u200b';
  });
  await expect(error).toContainText('/actors/0/name, holds only invisible characters');
});

test('20,000 measures for one state are refused at once, not rendered', async ({ page }) => {
  const error = await openWithData(page, (json) => {
    const a = withMeasures(json);
    const base = a.measures[0]!;
    a.measures = Array.from({ length: 20_000 }, (_, i) => ({ ...base, id: `x-${i}`, aliases: [] }));
  });
  await expect(error).toContainText(/holds 20000 measures; this app reads at most 2000/);
});
