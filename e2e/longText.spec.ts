import type { Page } from '@playwright/test';
import { textLimit } from '../src/model/dataBounds';
import { expect, hoverState, openApp, test } from './support';

/**
 * Text from the data never widens the page: a title with a long URL in it, one unbroken word
 * as long as each field may hold (data/README.md, "Bounds": longer is refused at load, a
 * 2,000-character word among them), the longest version string, wherever they are shown
 * (panel, tooltip, the month's events, the table, the footer, the stories), on a 375 px phone.
 */

const URL_70 = `https://www.example.org/${'sanctions-measures-'.repeat(3)}2016/03/02`;
/** One word filling the field's bound, leaving `room` characters for what follows it. */
const WORD = (what: string, field: string, room = 0) =>
  `${what}${'x'.repeat(textLimit(field) - what.length - room)}`;
const VERSION = 'v'.repeat(textLimit('version'));

interface Json {
  version: string;
  title: string;
  events: { date: string; title: string; description?: string }[];
  actors: {
    id: string;
    name: string;
    measures: {
      summary: string;
      instrument: string;
      caveat?: string;
      sources: { title: string; publisher: string }[];
    }[];
  }[];
}

/** The real dataset and stories, with long text in every field the page shows. */
async function serveLongText(page: Page): Promise<string> {
  let month = '';
  await page.route('**/data/dataset.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Json;
    json.version = VERSION;
    json.title = WORD('Title', 'title');
    const event = json.events.find((e) => e.date.startsWith('2016-03')) ?? json.events[0]!;
    month = event.date.slice(0, 7);
    event.title = `Read ${URL_70} for the details`;
    event.description = WORD('Description', 'description');
    const japan = json.actors.find((a) => a.id === 'JPN')!;
    japan.name = WORD('Japan', 'name');
    for (const m of japan.measures) {
      m.summary = WORD('Summary', 'summary');
      m.instrument = WORD('Instrument', 'instrument');
      m.caveat = `${WORD('Caveat', 'caveat', URL_70.length + 1)} ${URL_70}`;
      for (const s of m.sources) {
        s.title = WORD('Source', 'title');
        s.publisher = WORD('Publisher', 'publisher');
      }
    }
    await route.fulfill({ response, json });
  });
  await page.route('**/data/stories.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as {
      stories: { title: string; summary: string; steps: { title: string; caption: string }[] }[];
    };
    for (const story of json.stories) {
      story.title = WORD('Story', 'title');
      story.summary = `${WORD('Summary', 'summary', URL_70.length + 1)} ${URL_70}`;
      for (const step of story.steps) {
        step.title = WORD('Step', 'title');
        step.caption = `${WORD('Caption', 'caption', URL_70.length + 1)} ${URL_70}`;
      }
    }
    await route.fulfill({ response, json });
  });
  return month;
}

/** The page's width, and the elements whose text reaches past 375 px (to name in a failure). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { width, wide } = await page.evaluate(() => {
    const wide = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      range.selectNodeContents(n);
      const box = range.getBoundingClientRect();
      const el = n.parentElement;
      if (box.right <= 376 || !el || el.closest('.visually-hidden')) continue;
      const named = el.closest('[class], [data-testid], [id]');
      wide.add(
        `${el.tagName.toLowerCase()} in ${named?.tagName.toLowerCase()}.${named?.className || named?.id} "${n.textContent?.slice(0, 30)}"`,
      );
    }
    return { width: document.scrollingElement?.scrollWidth ?? 0, wide: [...wide].slice(0, 10) };
  });
  expect(width, `page width; too wide: ${wide.join(', ')}`).toBeLessThanOrEqual(375);
}

test.describe('long text from the data on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });
  test.describe.configure({ timeout: 90_000 });

  test('wraps in the panel, the tooltip, the month’s events, the table and the footer', async ({
    page,
  }) => {
    await serveLongText(page);
    await openApp(page, '?date=2016-03');
    await expectNoSidewaysScroll(page);
    // On a phone the open panel covers the map, so wait for the panel rather than the map.
    await page.goto('/?date=2016-03&country=JPN');
    await expect(page.getByTestId('details-panel')).toContainText('Summaryxxx', {
      timeout: 15_000,
    });
    await expect(page.getByTestId('this-month')).toContainText(URL_70);
    await expect(page.getByTestId('data-version')).toContainText('vvvv');
    await expectNoSidewaysScroll(page);

    await page.keyboard.press('Escape');
    await hoverState(page, 'JPN');
    await expect(page.getByTestId('tooltip')).toContainText('Japanxxx');
    await expectNoSidewaysScroll(page);

    await page.getByRole('tab', { name: 'Table' }).click();
    await expect(page.getByRole('table').first()).toContainText('Japanxxx');
    await expectNoSidewaysScroll(page);
  });

  test('wraps in the story list and the story panel', async ({ page }) => {
    await serveLongText(page);
    await openApp(page, '?date=2016-03');
    await page.getByTestId('stories').click();
    await expect(page.getByTestId('story-list')).toContainText('Storyxxx');
    await expectNoSidewaysScroll(page);
    await page.goto('/?story=rebirth&step=1');
    await expect(page.locator('.story-panel')).toContainText('Captionxxx');
    await expectNoSidewaysScroll(page);
  });
});
