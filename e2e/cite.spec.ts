import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { citation, type Citable } from '../src/model/citation';
import type { Month } from '../src/model/month';
import type { ActorId } from '../src/model/types';
import { limitSections, panelSections } from '../src/ui/DetailsPanel/groupMeasures';
import { FIRST_SLICE } from '../src/ui/DetailsPanel/useIncremental';
import { CATEGORIES } from '../src/model/categories';
import { CURRENT_MONTH, dataset, expect, openApp, test, world } from './support';

/**
 * Citing: a measure's permalink opens the panel at the measure (an old id too), and the panel
 * and the toolbar give a permalink and a citation naming the dataset, its version and address.
 * Expected citations are made by the model's own citation functions.
 */

const panel = (page: Page) => page.getByTestId('details-panel');
const measureEl = (page: Page, id: string) => panel(page).locator(`[data-measure-id="${id}"]`);
const site = (page: Page) => `${new URL(page.url()).origin}/`;

function about(url: string, part?: Citable['part']): Citable {
  const d = dataset();
  return {
    authors: d.authors,
    title: d.title,
    version: d.version,
    updated: d.updated,
    url,
    ...(part && { part }),
  };
}

test.describe('a measure’s permalink', () => {
  test('?country=JPN#<id> opens Japan’s panel scrolled to the measure, focused', async ({
    page,
  }) => {
    const id = 'jpn-2006-mangyongbong-port-ban';
    expect(world().measureIndex.get(id)).toEqual({ actor: 'JPN', id });
    await openApp(page, `?country=JPN#${id}`);
    const item = measureEl(page, id);
    await expect(item).toHaveAttribute('data-targeted', 'true');
    await expect(item).toBeInViewport();
    await expect(item).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`country=JPN.*#${id}$`));
  });

  test('an alias opens the measure that replaced it, and the address names that one', async ({
    page,
  }) => {
    const alias = 'jpn-2013-sanctions-extended-two-years';
    const ref = world().measureIndex.get(alias);
    expect(ref && ref.id !== alias).toBe(true);
    await openApp(page, `?country=JPN#${alias}`);
    const item = measureEl(page, ref?.id ?? '');
    await expect(item).toHaveAttribute('data-targeted', 'true');
    await expect(item).toBeInViewport();
    await expect(page).toHaveURL(new RegExp(`#${ref?.id}$`));
  });

  test('a fragment alone opens the panel of the measure’s actor', async ({ page }) => {
    const [id, ref] = [...world().measureIndex].find(([, r]) => r.actor === 'KOR') ?? [];
    await openApp(page, `?date=2016-03#${id}`);
    await expect(panel(page)).toHaveAttribute('data-iso3', 'KOR');
    await expect(measureEl(page, ref?.id ?? '')).toBeInViewport();
    await expect(page).toHaveURL(/country=KOR/);
  });

  test('reaches a measure deep in a long record, rendered in slices', async ({ page }) => {
    const applied = dataset().applied.get('USA' as ActorId) ?? [];
    expect(applied.length).toBeGreaterThan(FIRST_SLICE);
    const sections = panelSections(applied, CURRENT_MONTH as Month, new Set(CATEGORIES), 'all');
    const inOrder = [
      ...sections.shown.flatMap((g) => g.measures),
      ...sections.hidden.flatMap((g) => g.measures),
      ...sections.notInForce,
    ];
    const last = inOrder[inOrder.length - 1]?.measure.id ?? '';
    // Not among the first slice the panel renders.
    const first = limitSections(sections, FIRST_SLICE);
    expect(
      [...first.shown, ...first.hidden].some((g) =>
        (g.shown ?? []).some((a) => a.measure.id === last),
      ) || first.notInForce.some((a) => a.measure.id === last),
    ).toBe(false);
    await openApp(page, `?country=USA#${last}`);
    await expect(measureEl(page, last)).toHaveAttribute('data-targeted', 'true');
    await expect(measureEl(page, last)).toBeInViewport();
  });

  test('Link puts the measure in the address; another panel takes it away', async ({ page }) => {
    await openApp(page, '?date=2016-03&country=JPN');
    const id = 'jpn-2006-mangyongbong-port-ban';
    await measureEl(page, id).getByRole('link', { name: 'Link to this measure' }).click();
    await expect(page).toHaveURL(new RegExp(`country=JPN.*#${id}$`));
    await expect(measureEl(page, id)).toHaveAttribute('data-targeted', 'true');
    await page.getByTestId('actor-picker').selectOption('KOR');
    await expect(panel(page)).toHaveAttribute('data-iso3', 'KOR');
    await expect(page).not.toHaveURL(/#/);
  });
});

test.describe('Cite this', () => {
  test('a measure: its permalink pinned to the data version, in APA, Chicago, BibTeX and CSL-JSON', async ({
    page,
  }) => {
    const id = 'jpn-2006-mangyongbong-port-ban';
    await openApp(page, '?date=2016-03&country=JPN');
    await measureEl(page, id).getByRole('button', { name: 'Cite this measure' }).click();
    const dialog = page.getByTestId('cite-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Cite this measure');

    const url = `${site(page)}?country=JPN&data=${dataset().version}#${id}`;
    await expect(dialog.getByTestId('cite-permalink')).toHaveValue(url);
    const measure = dataset()
      .actors.get('JPN' as ActorId)
      ?.measures.find((m) => m.id === id);
    const c = about(url, { title: `Japan: ${measure?.summary}`, id });
    await expect(dialog.getByTestId('citation')).toHaveValue(citation('apa', c));
    await expect(dialog.getByTestId('citation')).toHaveValue(new RegExp(dataset().version));

    for (const [name, format] of [
      ['Chicago', 'chicago'],
      ['BibTeX', 'bibtex'],
      ['CSL-JSON', 'csl'],
    ] as const) {
      await dialog.getByRole('radio', { name }).check();
      await expect(dialog.getByTestId('citation')).toHaveValue(citation(format, c));
    }
    const csl = JSON.parse(await dialog.getByTestId('citation').inputValue()) as {
      URL: string;
      version: string;
    }[];
    expect(csl[0]).toMatchObject({ URL: url, version: dataset().version });

    // The permalink opens the measure.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.goto(url);
    await expect(measureEl(page, id)).toHaveAttribute('data-targeted', 'true');
  });

  test('the view: the toolbar cites the map as it is shown', async ({ page }) => {
    await openApp(page, '?date=2016-03&lens=basis');
    await page.getByRole('button', { name: 'Cite this view' }).click();
    const dialog = page.getByTestId('cite-dialog');
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Cite this view');
    const url = `${site(page)}?date=2016-03&lens=basis&data=${dataset().version}`;
    await expect(dialog.getByTestId('cite-permalink')).toHaveValue(url);
    await expect(dialog.getByTestId('citation')).toHaveValue(citation('apa', about(url)));
    await dialog.getByRole('radio', { name: 'BibTeX' }).check();
    await expect(dialog.getByTestId('citation')).toHaveValue(/^@misc\{/);
    await expect(dialog.getByTestId('citation')).toHaveValue(citation('bibtex', about(url)));
  });

  test('names authors and titles from the data as text, whatever they hold', async ({ page }) => {
    const hostile = readFileSync(
      join(import.meta.dirname, 'fixtures/hostile-dataset.json'),
      'utf8',
    );
    await page.route('**/data/dataset.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: hostile }),
    );
    await openApp(page, '?date=2016-03');
    await page.getByRole('button', { name: 'Cite this view' }).click();
    const dialog = page.getByTestId('cite-dialog');
    await expect(dialog.getByTestId('citation')).toHaveValue(
      /^<script>alert\('author'\)<\/script>, & Doe & \{Co\}, J\. \(2026\)\. <img src=x onerror=alert\('title'\)>Measures/,
    );
    await dialog.getByRole('radio', { name: 'BibTeX' }).check();
    await expect(dialog.getByTestId('citation')).toHaveValue(
      /author = \{\{<script>alert\('author'\)<\/script>\} and Doe \\& \\\{Co\\\}, J\\%\}/,
    );
    for (const tag of ['img', 'script']) await expect(page.locator(`#root ${tag}`)).toHaveCount(0);
  });
});
