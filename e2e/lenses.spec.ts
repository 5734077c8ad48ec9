import type { Page } from '@playwright/test';
import { translator } from '../src/i18n/t';
import { viewSummary } from '../src/i18n/title';
import { readView } from '../src/model/lens';
import type { Month } from '../src/model/month';
import type { ActorId } from '../src/model/types';
import type { View } from '../src/model/view';
import {
  clickState,
  dataset,
  expect,
  expectedLevelsOf,
  hoverState,
  mapLevels,
  openApp,
  test,
  viewOf,
  world,
} from './support';

/**
 * The lenses, as a reader uses them: picked above the map, each colouring the map, its legend,
 * summary and tooltip from the same reading, with expected values computed with the model.
 */

const t = translator('en');
const id = (s: string) => s as ActorId;
const summaryOf = (view: View) => viewSummary(view, readView(dataset(), view), dataset(), t, 'en');
const picker = (page: Page) => page.getByTestId('lens-picker');
/** The states the map outlines, as their ids. */
const outlined = (page: Page) =>
  page.$$eval('svg.world-map .highlight [data-highlighted]', (els) =>
    els.map((el) => el.getAttribute('data-highlighted') ?? '').sort(),
  );
/** Of some actors, those that have a shape on the map, sorted. */
const onMap = (ids: readonly ActorId[]) => {
  const shapes = new Set(world().geometry.shapes.map((s) => s.id));
  return ids.filter((i) => shapes.has(i)).sort();
};

test.describe('the Beyond the UN lens', () => {
  test('?lens=basis&date=2016-03 colours Russia as UN implementation only and Japan as autonomous', async ({
    page,
  }) => {
    const view = viewOf({ lens: 'basis', date: '2016-03' as Month });
    const expected = expectedLevelsOf(view);
    // What the data says, through the model: Russia's measures then all gave effect to UN
    // resolutions; Japan had measures of its own.
    expect(expected.get(id('RUS'))).toBe('1');
    expect(expected.get(id('JPN'))).toBe('2');

    await openApp(page, '?lens=basis&date=2016-03');
    expect(Object.fromEntries(await mapLevels(page))).toEqual(Object.fromEntries(expected));
    const map = page.locator('svg.world-map');
    await expect(map.locator('[data-iso3="RUS"]')).toHaveAttribute('data-class', 'un');
    await expect(map.locator('[data-iso3="JPN"]')).toHaveAttribute('data-class', 'autonomous');
    await expect(page.getByTestId('map-summary')).toHaveText(summaryOf(view));
    const legend = page.getByTestId('legend');
    await expect(legend).toContainText('Beyond the UN, or implementing it');
    await expect(legend.locator('[data-class="un"]')).toHaveText(
      'Only measures implementing UN resolutions',
    );
    await expect(
      picker(page).getByRole('radio', { name: 'Beyond the UN', exact: true }),
    ).toBeChecked();

    await hoverState(page, 'RUS');
    const tooltip = page.getByTestId('tooltip');
    await expect(tooltip).toContainText('Russia');
    await expect(tooltip).toContainText('Only measures implementing UN resolutions');
  });

  test('each measure in the panel states its basis', async ({ page }) => {
    await openApp(page, '?lens=basis&date=2016-03&country=RUS');
    const panel = page.getByTestId('details-panel');
    const measures = dataset().actors.get(id('RUS'))?.measures ?? [];
    for (const m of measures.slice(0, 5)) {
      const chip = panel.locator(`[data-measure-id="${m.id}"] .chip.basis`);
      await expect(chip).toHaveAttribute('data-basis', m.basis);
      if (m.basis === 'un_implementation')
        await expect(chip).toHaveText(
          `Basis: Implements UNSCR ${(m.resolutions ?? []).join(', ')}`,
        );
    }
  });
});

test.describe('one resolution’s national implementation', () => {
  test('?resolution=2397 counts what the data holds, and marks the resolution on the timeline', async ({
    page,
  }) => {
    const view = viewOf({ lens: 'resolution', resolution: '2397', date: '2019-12' as Month });
    const reading = readView(dataset(), view);
    const implemented = reading.counts.get('implemented') ?? 0;
    expect(implemented).toBeGreaterThan(0);

    await openApp(page, '?resolution=2397&date=2019-12');
    const summary = page.getByTestId('map-summary');
    await expect(summary).toHaveText(summaryOf(view));
    await expect(summary).toContainText(
      `By December 2019, ${implemented} states had given UNSCR 2397 national effect;`,
    );
    expect(Object.fromEntries(await mapLevels(page))).toEqual(
      Object.fromEntries(expectedLevelsOf(view)),
    );
    const map = page.locator('svg.world-map');
    await expect(map.locator('[data-class="implemented"]')).toHaveCount(
      onMap(
        [...reading.states]
          .filter(([, s]) => s.kind === 'member' && s.cls === 'implemented')
          .map(([i]) => i),
      ).length,
    );
    await expect(picker(page).getByTestId('resolution-chooser')).toHaveValue('2397');

    // Its adoption and deadlines stand out on the timeline; the other events step back.
    const resolution = dataset().resolutions.find((r) => r.id === '2397');
    const titles = [
      `${resolution?.title} adopted`,
      ...(resolution?.deadlines ?? []).map((d) => d.title),
    ];
    const emphasised = page.locator('.event-marker[data-emphasised]');
    const names = (
      await emphasised.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
    ).join(' ');
    for (const title of titles) expect(names).toContain(title);
    const others = await page.locator('.event-marker:not([data-emphasised])').count();
    expect(others).toBeGreaterThan(0);
  });

  test('the chooser switches resolution, and the count follows', async ({ page }) => {
    await openApp(page, '?resolution=2397&date=2019-12');
    await picker(page).getByTestId('resolution-chooser').selectOption('2270');
    await expect(page).toHaveURL(/resolution=2270/);
    const view = viewOf({ lens: 'resolution', resolution: '2270', date: '2019-12' as Month });
    await expect(page.getByTestId('map-summary')).toHaveText(summaryOf(view));
    await expect(page.getByTestId('legend')).toContainText('National effect given to UNSCR 2270');
  });
});

test.describe('the joint commitments lens', () => {
  const msmt = () => {
    const action = dataset().jointActions.find((a) => a.id === 'msmt');
    if (!action) throw new Error('the data has no MSMT');
    return action;
  };

  test('?lens=joint&date=2025-01 colours the MSMT’s members, and Japan’s panel lists it', async ({
    page,
  }) => {
    const view = viewOf({ lens: 'joint', date: '2025-01' as Month });
    const expected = expectedLevelsOf(view);
    await openApp(page, '?lens=joint&date=2025-01');
    const levels = await mapLevels(page);
    expect(Object.fromEntries(levels)).toEqual(Object.fromEntries(expected));
    for (const member of onMap(msmt().members)) {
      expect(Number(levels.get(member)), member).toBeGreaterThanOrEqual(1);
    }
    await expect(page.getByTestId('map-summary')).toHaveText(summaryOf(view));
    await hoverState(page, 'JPN');
    await expect(page.getByTestId('tooltip')).toContainText(
      `${expected.get(id('JPN'))} joint actions joined`,
    );

    await clickState(page, 'JPN');
    const panel = page.getByTestId('details-panel');
    const joint = panel.getByTestId('joint-actions');
    await expect(joint.locator('[data-joint-id="msmt"]')).toContainText(msmt().title);
    await expect(joint.locator('[data-joint-id="msmt"]')).toContainText(
      `${msmt().members.length} members:`,
    );
    // Under this lens the joint actions come before the measures.
    const first = await panel.locator('h3').first().textContent();
    expect(first).toContain('Joint actions joined by January 2025');
  });

  test('pointing at or focusing a joint action’s mark outlines its members, and only for the moment', async ({
    page,
  }) => {
    await openApp(page, '?lens=joint&date=2025-01');
    await expect(page.locator('.joint-mark').first()).toBeVisible();
    // The timeline at the top of the window, so a mark's list opens on screen.
    await page.locator('#timeline').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const url = page.url();
    const mark = page.locator('.joint-mark[data-joint-ids~="msmt"]');
    const ids = ((await mark.getAttribute('data-joint-ids')) ?? '').split(' ');
    const actions = dataset().jointActions.filter((a) => ids.includes(a.id));
    const union = onMap([...new Set(actions.flatMap((a) => a.members))]);

    await mark.hover();
    await expect.poll(() => outlined(page)).toEqual(union);
    // One action of the mark's list: its members alone.
    await page.locator('.joint-popup [data-joint-id="msmt"]').hover();
    await expect.poll(() => outlined(page)).toEqual(onMap(msmt().members));
    // The rest of the map steps back while they are outlined.
    const outsider = world().geometry.shapes.find((s) => !msmt().members.includes(s.id))?.id;
    await expect(page.locator(`svg.world-map [data-iso3="${outsider}"]`)).toHaveAttribute(
      'opacity',
      /0\./,
    );
    await page.mouse.move(5, 5);
    await expect.poll(() => outlined(page)).toEqual([]);
    expect(page.url()).toBe(url);

    // By keyboard: focus the mark, then Tab into its list.
    await mark.focus();
    await expect.poll(() => outlined(page)).toEqual(union);
    await page.keyboard.press('Tab');
    await expect(page.locator('.joint-popup [data-joint-id]').first()).toBeFocused();
    const firstId = await page
      .locator('.joint-popup [data-joint-id]')
      .first()
      .getAttribute('data-joint-id');
    const firstAction = dataset().jointActions.find((a) => a.id === firstId);
    await expect.poll(() => outlined(page)).toEqual(onMap(firstAction?.members ?? []));
    expect(page.url()).toBe(url);
  });
});

test.describe('the lens picker', () => {
  test('switches lenses, gives each its argument, and keeps the URL in step', async ({ page }) => {
    await openApp(page, '?date=2018-01');
    const pick = picker(page);
    await expect(pick.getByRole('radio', { name: 'Kinds of measure' })).toBeChecked();

    await pick.getByRole('radio', { name: 'Beyond the UN', exact: true }).check();
    await expect(page).toHaveURL(/lens=basis/);
    expect(Object.fromEntries(await mapLevels(page))).toEqual(
      Object.fromEntries(expectedLevelsOf(viewOf({ lens: 'basis', date: '2018-01' as Month }))),
    );
    // The basis lens asks about the basis itself: no scope switch.
    await expect(pick.getByRole('group', { name: 'Measures counted' })).toHaveCount(0);

    // The resolution lens opens on the latest resolution adopted by the month.
    await pick.getByRole('radio', { name: 'One resolution' }).check();
    await expect(page).toHaveURL(/resolution=2397/);
    await expect(pick.getByTestId('resolution-chooser')).toHaveValue('2397');

    await pick.getByRole('radio', { name: 'Joint commitments' }).check();
    await expect(page).toHaveURL(/lens=joint/);
    await expect(page).not.toHaveURL(/resolution=/);
    await expect(page.locator('.joint-mark').first()).toBeVisible();

    await pick.getByRole('radio', { name: 'Kinds of measure' }).check();
    await expect(page).not.toHaveURL(/lens=/);
    await expect(page.locator('.joint-mark')).toHaveCount(0);
  });

  test('compare opens a year back, and its month chooser picks the other date', async ({
    page,
  }) => {
    await openApp(page, '?date=2018-01');
    const pick = picker(page);
    await pick.getByRole('radio', { name: 'Compare two dates' }).check();
    await expect(page).toHaveURL(/compare=2017-01/);
    await expect(pick.getByTestId('compare-month')).toHaveValue('1');
    await expect(pick.getByTestId('compare-year')).toHaveValue('2017');

    await pick.getByTestId('compare-year').selectOption('2016');
    await pick.getByTestId('compare-month').selectOption('3');
    await expect(page).toHaveURL(/compare=2016-03/);
    const view = viewOf({ lens: 'compare', compare: '2016-03' as Month, date: '2018-01' as Month });
    expect(Object.fromEntries(await mapLevels(page))).toEqual(
      Object.fromEntries(expectedLevelsOf(view)),
    );
    await expect(page.getByTestId('map-summary')).toHaveText(summaryOf(view));
    await expect(page.getByTestId('legend')).toContainText('Between March 2016 and January 2018');
    // A month before the timeline begins cannot be chosen.
    await pick.getByTestId('compare-year').selectOption('2006');
    await expect(pick.getByTestId('compare-month').locator('option[value="1"]')).toBeDisabled();
  });

  test('the scope switch counts only measures beyond the UN, and says so', async ({ page }) => {
    await openApp(page, '?date=2016-03');
    const pick = picker(page);
    await pick.getByRole('radio', { name: 'Only measures beyond the UN' }).check();
    await expect(page).toHaveURL(/scope=autonomous/);
    const view = viewOf({ scope: 'autonomous', date: '2016-03' as Month });
    expect(Object.fromEntries(await mapLevels(page))).toEqual(
      Object.fromEntries(expectedLevelsOf(view)),
    );
    await expect(page.getByTestId('map-summary')).toHaveText(summaryOf(view));
    await expect(page.getByTestId('legend')).toContainText(
      'Only those beyond what the UN required',
    );

    // A lens that does not read the scope drops it.
    await pick.getByRole('radio', { name: 'Beyond the UN', exact: true }).check();
    await expect(page).not.toHaveURL(/scope=/);
  });
});
