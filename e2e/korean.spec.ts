import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { installLanguageNode } from '../scripts/languagePack';
import { parse as parseFont } from '../src/export/opentype';
import { actorName } from '../src/i18n/catalog';
import { formatMonth } from '../src/i18n/formatDate';
import { translator } from '../src/i18n/t';
import type { Month } from '../src/model/month';
import type { ActorId } from '../src/model/types';
import { dataset, expect, expectedLevels, hoverState, mapLevels, openApp, test } from './support';

/** A base64 font as the ArrayBuffer opentype.js reads. */
function fromBase64(data: string): ArrayBuffer {
  const b = Buffer.from(data, 'base64');
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

// Expected text comes from the Korean pack itself, installed in Node as the snapshot does.
const ko = translator('ko');
const nameOf = (id: string) => {
  const actor = dataset().actors.get(id as ActorId);
  if (!actor) throw new Error(`no ${id}`);
  return actorName(actor, 'ko');
};
test.beforeAll(async () => {
  await installLanguageNode('ko');
});

test.describe('the Korean interface', () => {
  test('?lang=ko shows Korean labels, dates and state names', async ({ page }) => {
    await openApp(page, '?lang=ko&date=2017-12&country=JPN');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page).toHaveTitle(ko('app.title'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('대북 제재 연합');
    await expect(page.getByTestId('date-label')).toHaveText('2017년 12월');
    await expect(page.getByRole('slider', { name: ko('timeline.label') })).toHaveAttribute(
      'aria-valuetext',
      formatMonth('2017-12' as Month, 'ko'),
    );
    await expect(page.getByRole('checkbox', { name: ko('category.port_ban') })).toBeChecked();
    await expect(page.getByRole('button', { name: ko('timeline.play') })).toBeVisible();

    const panel = page.getByTestId('details-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('일본');
    await expect(panel.getByRole('button', { name: ko('panel.close') })).toBeVisible();
    // The data's own text stays English, and the panel says so, once.
    await expect(panel.getByTestId('data-language-note')).toHaveCount(1);
    await expect(panel.getByTestId('data-language-note')).toHaveText(ko('lang.dataNote'));
    await expect(panel.locator('.measure-summary').first()).toHaveAttribute('lang', 'en');

    // Every actor in the list by its Korean name.
    const options = await page
      .getByTestId('actor-picker')
      .locator('option[value]:not([value=""])')
      .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(options).toHaveLength(dataset().actors.size);
    for (const [id, text] of options) expect(text).toBe(nameOf(id ?? ''));
    expect(options.map(([, text]) => text)).toContain('대한민국');
    expect(options.map(([, text]) => text)).toContain('유럽연합');

    await hoverState(page, 'KOR');
    await expect(page.getByTestId('tooltip').locator('.tooltip-name')).toHaveText('대한민국');
    await expect(page.getByTestId('tooltip')).toContainText(ko('tooltip.hint'));
  });

  test('the switch changes the language and keeps the view', async ({ page }) => {
    const search = '?date=2016-03&measures=port_ban,labor_restriction&country=JPN';
    await openApp(page, search);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const before = await mapLevels(page);
    expect(before).toEqual(expectedLevels('2016-03', ['port_ban', 'labor_restriction']));

    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: '한국어' })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByTestId('date-label')).toHaveText('2016년 3월');
    await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(
      '일본',
    );
    await expect(page.getByRole('checkbox', { name: '입항 금지' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: '노동자 고용 제한' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: '교역 금지' })).not.toBeChecked();
    expect(await mapLevels(page)).toEqual(before);
    await expect(page.getByRole('button', { name: '한국어' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page).toHaveURL(/[?&]lang=ko(&|$)/);
    expect(new URL(page.url()).searchParams.get('country')).toBe('JPN');
    expect(new URL(page.url()).searchParams.get('date')).toBe('2016-03');

    await page
      .getByRole('group', { name: ko('lang.label') })
      .getByRole('button', { name: 'English' })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('date-label')).toHaveText('March 2016');
    await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(
      'Japan',
    );
    await expect(page).not.toHaveURL(/lang=/);
    // The switch is a history entry like any other change: Back returns to Korean.
    await page.goBack();
    await expect(page.getByTestId('date-label')).toHaveText('2016년 3월');
  });

  test('the URL keeps lang=ko as the reader moves, and a reload stays Korean', async ({ page }) => {
    await openApp(page, '?lang=ko&date=2016-03');
    await page.getByRole('slider', { name: ko('timeline.label') }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('date-label')).toHaveText('2016년 4월');
    await expect(page).toHaveURL(/date=2016-04/);
    await page.getByTestId('actor-picker').selectOption('KOR');
    await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(
      '대한민국',
    );
    await expect(page).toHaveURL(/[?&]lang=ko(&|$)/);
    await page.reload();
    await expect(page.locator('svg.world-map[data-ready]')).toBeVisible();
    await expect(page.getByTestId('date-label')).toHaveText('2016년 4월');
    await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(
      '대한민국',
    );
    await expect(page).toHaveURL(/[?&]lang=ko(&|$)/);
  });

  test('the summary counts states in Korean, with the map’s own count', async ({ page }) => {
    await openApp(page, '?lang=ko&date=2017-12&measures=labor_restriction');
    const members = [...expectedLevels('2017-12', ['labor_restriction']).values()].filter(
      (level) => Number(level) > 0,
    ).length;
    await expect(page.getByTestId('map-summary')).toContainText(
      `2017년 12월에 노동자 고용 제한 조치를 시행 중인 국가는 ${members}개국이었습니다.`,
    );
  });

  test('the Korean font ships with the app: an English page fetches only the switch’s glyphs, a Korean one a slice at a time', async ({
    page,
  }) => {
    // The page's clock is fixed, which stills performance timing: count requests instead.
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await openApp(page, '?date=2017-12');
    await page.evaluate(() => document.fonts.ready);
    // An English page fetches only the two small slices that draw the switch's own 한국어.
    expect(
      requested
        .filter((n) => /noto-sans-kr|korean/.test(n))
        .map((n) => n.replace(/^.*\/(noto-sans-kr-\d+-\d+)-normal.*$/, '$1'))
        .sort(),
    ).toEqual(['noto-sans-kr-117-400', 'noto-sans-kr-118-400']);
    expect(
      await page.evaluate(() =>
        [...'한국어'].every((ch) => document.fonts.check('400 14px "Noto Sans KR Label"', ch)),
      ),
    ).toBe(true);
    expect(requested.filter((n) => /\/ko-[\w-]+\.js$/.test(n))).toEqual([]);

    await page.getByRole('button', { name: '한국어' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    // The heading (bold) is set in Noto Sans KR once its slices are in.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          await document.fonts.ready;
          const h1 = document.querySelector('h1')?.textContent ?? '';
          return [...h1.replace(/\s/g, '')].every((ch) =>
            document.fonts.check('700 26px "Noto Sans KR"', ch),
          );
        }),
      )
      .toBe(true);
    const slices = requested.filter((n) => /noto-sans-kr-\d+-\d+-normal/.test(n));
    expect(slices.length).toBeGreaterThan(0);
    // Only the slices holding the page's syllables: far fewer than the 240 the app ships.
    expect(slices.length).toBeLessThan(120);
    for (const s of slices) expect(s).toMatch(/\.woff2$/);
  });

  test('a Korean SVG export sets its Korean text with the fonts it embeds', async ({ page }) => {
    await openApp(page, '?lang=ko&date=2017-09&measures=labor_restriction');
    await page.getByRole('button', { name: ko('share.open') }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-svg').click(),
    ]);
    const svg = readFileSync(await download.path(), 'utf8');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.documentElement?.getAttribute('lang')).toBe('ko');
    const lines = Array.from(doc.getElementsByTagName('text')).map((t) => ({
      text: t.textContent ?? '',
      family: t.getAttribute('font-family') ?? '',
    }));
    expect(lines.map((l) => l.text)).toContain(
      '대북 노동자 고용 제한 조치를 시행 중인 국가, 2017년 9월',
    );
    const fonts = new Map(
      [...svg.matchAll(/font-family:'([^']+)';src:url\(data:font\/otf;base64,([^)]+)\)/g)].map(
        (m) => [m[1], parseFont(fromBase64(m[2] ?? ''))],
      ),
    );
    for (const line of lines) {
      const font = [...fonts].find(([name]) => line.family.includes(name ?? ''))?.[1];
      const notdef = [...line.text].filter(
        (c) => c.trim() && (font?.charToGlyph(c).index !== 0) === false,
      );
      expect(notdef, line.text).toEqual([]);
    }
  });
});
