import type { Page } from '@playwright/test';
import { compileData } from '../scripts/data/compile';
import { decodeStories } from '../src/data/decodeStories';
import { CATEGORIES } from '../src/model/categories';
import type { Story } from '../src/model/story';
import type { View } from '../src/model/view';
import { viewContext } from '../src/state/boot';
import { storyContext } from '../src/state/stories';
import { defaultView, normalizeView } from '../src/state/viewFields';
import { dateLabel, expect, expectedLevelsOf, mapLevels, openApp, test, world } from './support';

/**
 * A teacher walking a class through a guided story: the list, the steps (date, filter, lens and
 * outlines), their sources, the keys, a permalink to a step, and a strict refusal of a broken
 * story file. Expected views come from the story files through the app's own decoder.
 */

let stories: Story[] | null = null;
function story(id: string): Story {
  stories ??= decodeStories(JSON.parse(compileData('data').stories), storyContext(world()));
  const found = stories.find((s) => s.id === id);
  if (!found) throw new Error(`no story ${id}`);
  return found;
}

/** A step's full view, as the app makes it: the step's fields, the rest at their defaults. */
function stepView(id: string, step: number): View {
  const given = story(id).steps[step - 1]?.view;
  if (!given) throw new Error(`${id} has no step ${step}`);
  return normalizeView({ ...defaultView(viewContext(world())), ...given });
}

/** The states drawn undimmed and outlined. */
async function highlighted(page: Page): Promise<string[]> {
  return page.$$eval('svg.world-map [data-iso3]:not([opacity])', (els) =>
    els.map((el) => el.getAttribute('data-iso3') ?? '').sort(),
  );
}

const counter = (page: Page) => page.getByTestId('step-counter');
const search = (page: Page) => new URL(page.url()).searchParams;

/** Asserts what the page shows at a step: counter, title, date, filter, outlines, colours. */
async function expectStep(page: Page, id: string, step: number) {
  const s = story(id);
  const view = stepView(id, step);
  await expect(counter(page)).toHaveText(`${step} / ${s.steps.length}`);
  await expect(page.getByTestId('step-title')).toHaveText(s.steps[step - 1]?.title ?? '');
  await expect(dateLabel(page)).toHaveAttribute('data-month', view.date);
  const shapes = new Set(world().geometry.shapes.map((sh) => sh.id as string));
  const outlined = view.highlight.filter((h) => shapes.has(h)).sort();
  await expect
    .poll(() => highlighted(page))
    .toEqual(outlined.length > 0 ? outlined : [...shapes].sort());
  await expect(page.locator('svg.world-map .highlight > g')).toHaveCount(outlined.length);
  expect(Object.fromEntries(await mapLevels(page))).toEqual(
    Object.fromEntries(expectedLevelsOf(view)),
  );
  if (!page.url().includes('present=1')) {
    for (const c of CATEGORIES) {
      const box = page.locator(`.filters input[value="${c}"]`);
      if (view.categories.includes(c)) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
    }
  }
  await expect.poll(() => search(page).get('step')).toBe(String(step));
  expect(search(page).get('story')).toBe(id);
  expect(search(page).get('date')).toBe(view.date);
}

/** Records every month the date label shows from now on. */
async function recordMonths(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const label = document.querySelector('[data-testid="date-label"]');
    const seen: string[] = [];
    (window as unknown as { seenMonths: string[] }).seenMonths = seen;
    new MutationObserver(() => seen.push(label?.getAttribute('data-month') ?? '')).observe(
      label as Node,
      { attributes: true, attributeFilter: ['data-month'] },
    );
  });
  return () => page.evaluate(() => (window as unknown as { seenMonths: string[] }).seenMonths);
}

test.describe('guided stories', () => {
  test('are listed from the page, and one starts on its first step', async ({ page }) => {
    await openApp(page, '?date=2020-01');
    await page.getByTestId('stories').click();
    const list = page.getByRole('dialog', { name: 'Guided stories' });
    await expect(list.getByRole('heading', { level: 3 })).toHaveText([
      'The rebirth of an alliance',
      'Closing the labour loophole',
    ]);
    await expect(list).toContainText('9 steps');
    await list.getByRole('button', { name: 'Start: The rebirth of an alliance' }).click();
    await expect(list).toBeHidden();
    await expectStep(page, 'rebirth', 1);
    await expect(page.getByTestId('step-caption')).toContainText('fourth nuclear test');
  });

  test('step forward and back, setting date, filter and outlines', async ({ page }) => {
    await openApp(page, '?story=rebirth&step=1');
    await expectStep(page, 'rebirth', 1);
    await page.getByTestId('step-next').click();
    // Step 2 shows only joint projects closed, and outlines South Korea.
    await expectStep(page, 'rebirth', 2);
    await page.getByTestId('step-next').click();
    await expectStep(page, 'rebirth', 3);
    await page.getByTestId('story').getByRole('button', { name: '‹ Previous' }).click();
    await expectStep(page, 'rebirth', 2);
    // One history entry per step: Back returns to the step before.
    await page.goBack();
    await expectStep(page, 'rebirth', 3);
    await page.goBack();
    await expectStep(page, 'rebirth', 2);
  });

  test('open a permalink on its step, lens and all', async ({ page }) => {
    await openApp(page, '?story=rebirth&step=3');
    await expectStep(page, 'rebirth', 3);
    await expect(page.getByTestId('step-caption')).toContainText('Japan');
    expect(search(page).get('highlight')).toBe('JPN');

    await openApp(page, '?story=labour-loophole&step=9');
    await expectStep(page, 'labour-loophole', 9);
    expect(search(page).get('compare')).toBe('2016-12');
    await expect(page.locator('svg.world-map [data-class="joined"]').first()).toBeAttached();
  });

  test('walk their steps with the arrow keys in presentation, the date moving month by month', async ({
    page,
  }) => {
    await openApp(page, '?story=labour-loophole&step=1&present=1');
    await expectStep(page, 'labour-loophole', 1);
    const months = await recordMonths(page);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 'labour-loophole', 2);
    // The transition passed through months between, in order, and no others. It is timed
    // (about 320 ms for these 8 months), so a loaded machine paints fewer of them: at least one
    // month between is shown before the destination (player.test.ts checks the months a glide passes through).
    const seen = await months();
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.some((m) => m < '2017-08')).toBe(true);
    expect(seen).toEqual([...seen].sort());
    expect(seen.every((m) => m > '2016-12' && m <= '2017-08')).toBe(true);
    await expect(page.getByTestId('present-date')).toHaveAttribute('data-month', '2017-08');

    await page.keyboard.press('ArrowLeft');
    await expectStep(page, 'labour-loophole', 1);
    await page.keyboard.press('End');
    await expectStep(page, 'labour-loophole', 9);
    await page.keyboard.press('Home');
    await expectStep(page, 'labour-loophole', 1);
    await page.keyboard.press('6');
    await expectStep(page, 'labour-loophole', 6);
    // In presentation the step counter is large, and Escape leaves presentation, not the story.
    const size = await counter(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Escape');
    await expect(page.locator('.app')).not.toHaveClass(/\bpresent\b/);
    await expectStep(page, 'labour-loophole', 6);
  });

  test('go to a step by its number key, and close with Escape', async ({ page }) => {
    await openApp(page, '?story=rebirth&step=1');
    await expectStep(page, 'rebirth', 1);
    await page.keyboard.press('4');
    await expectStep(page, 'rebirth', 4);
    // Outside presentation, the arrows still move the month.
    await page.keyboard.press('ArrowRight');
    await expect(dateLabel(page)).toHaveText('March 2016');
    await expect(counter(page)).toHaveText('4 / 9');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('story')).toHaveCount(0);
    expect(await highlighted(page)).toHaveLength(world().geometry.shapes.length);
    await expect.poll(() => search(page).get('story')).toBeNull();
  });

  test('show the measures and events behind each step, with their sources', async ({ page }) => {
    await openApp(page, '?story=rebirth&step=3');
    const sources = page.getByTestId('story-sources');
    await sources.getByText(/^Sources/).click();
    const backing = story('rebirth').steps[2]?.backing ?? [];
    await expect(sources.locator('li[data-fact]')).toHaveCount(backing.length);
    for (const id of backing) {
      const fact = sources.locator(`li[data-fact="${id}"]`);
      await expect(fact).toContainText('Japan');
      const links = fact.locator('a[href^="https://"]');
      expect(await links.count()).toBeGreaterThan(0);
    }
  });

  test('move from step to step a month a frame, so no step is one long task', async ({ page }) => {
    // The long tasks themselves are counted by `npm run bench` (a test would count the load of
    // the machine it runs on); here, the shape that keeps every task short: the transition sets
    // the step's view once, then moves the date one month per animation frame, never two.
    await openApp(page, '?story=labour-loophole&step=1&present=1');
    await expectStep(page, 'labour-loophole', 1);
    await page.evaluate(() => {
      const w = window as unknown as { frames: number[] };
      let frame = 0;
      const tick = () => {
        frame++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      w.frames = [];
      const label = document.querySelector('[data-testid="date-label"]');
      new MutationObserver(() => w.frames.push(frame)).observe(label as Node, {
        attributes: true,
        attributeFilter: ['data-month'],
      });
    });
    await page.keyboard.press('9');
    await expectStep(page, 'labour-loophole', 9);
    await page.keyboard.press('1');
    await expectStep(page, 'labour-loophole', 1);
    const frames = await page.evaluate(() => (window as unknown as { frames: number[] }).frames);
    expect(frames.length).toBeGreaterThan(4);
    expect(new Set(frames).size).toBe(frames.length);
  });

  test('refuse a broken story file whole, saying where it is broken', async ({ page }) => {
    await page.route('**/data/stories.json', async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as {
        stories: { steps: { view: { highlight?: string[] } }[] }[];
      };
      const view = json.stories[0]?.steps[0]?.view;
      if (view) view.highlight = ['XXX'];
      await route.fulfill({ response, json });
    });
    await openApp(page, '?date=2020-01&story=rebirth&step=1');
    const panel = page.locator('.story-panel');
    await expect(panel).toHaveAttribute('data-status', 'error');
    await expect(panel).toContainText('data/stories.json');
    await expect(panel).toContainText('/stories/0/steps/0/view/highlight/0');
    await expect(panel).toContainText('"XXX" is not an actor of the dataset');
    // No step was shown in its place.
    await expect(dateLabel(page)).toHaveText('January 2020');
    await expect(page.getByTestId('step-counter')).toHaveCount(0);
  });

  test('say so when a link names a story that does not exist', async ({ page }) => {
    await openApp(page, '?date=2020-01&story=nope&step=2');
    const panel = page.locator('.story-panel');
    await expect(panel).toHaveAttribute('data-status', 'unknown');
    await expect(panel).toContainText('There is no story called “nope”.');
    await panel.getByRole('button', { name: 'Close the story' }).click();
    await expect(panel).toHaveCount(0);
    await expect.poll(() => search(page).get('story')).toBeNull();
  });
});
