import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../scripts/vite-plugin-data';
import { clickState, dateLabel, expect, openApp, test } from './support';

/**
 * The built page's Content-Security-Policy holds on every main journey: not one
 * `securitypolicyviolation` (a blocked request, a blocked style, a Trusted Types sink), from
 * the first map to the exports, Korean, the table, a comparison, the stories and presentation.
 */

declare global {
  interface Window {
    __violations: string[];
  }
}

async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(
        `${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
}

const violations = (page: Page) => page.evaluate(() => window.__violations);

test.describe('the security policy', () => {
  test.describe.configure({ timeout: 120_000 });

  test('is as strict as the features allow', async ({ page }) => {
    await openApp(page);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    for (const directive of [
      "default-src 'none'",
      "base-uri 'none'",
      "object-src 'none'",
      "form-action 'none'",
      "require-trusted-types-for 'script'",
      "worker-src 'self'",
      "manifest-src 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
  });

  test('is never broken on the main journeys', async ({ page }) => {
    await watchViolations(page);
    await openApp(page, '?date=2017-12');
    await clickState(page, 'JPN');
    await expect(page.getByTestId('details-panel')).toBeVisible();
    await page.keyboard.press('Escape');

    await page.getByTestId('play').click();
    await expect(dateLabel(page)).not.toHaveText('December 2017');
    await page.getByTestId('play').click();

    await page.getByTestId('share').click();
    const dialog = page.getByTestId('share-dialog');
    await expect(dialog).toBeVisible();
    for (const format of ['png', 'svg']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByTestId(`download-${format}`).click(),
      ]);
      await download.path();
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.getByRole('tab', { name: 'Table' }).click();
    await expect(page.getByRole('table').first()).toBeVisible();
    await page.getByRole('tab', { name: 'Map' }).click();

    await page.getByTestId('stories').click();
    await expect(page.getByTestId('story-list').locator('li[data-story]').first()).toBeVisible();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '한국어' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('대북 제재 연합');

    await page.goto('/?date=2018-01&compare=2016-01');
    await expect(page.getByTestId('compare-results')).toBeVisible();
    await page.getByTestId('present').click();
    await expect(page.locator('.app')).toHaveClass(/\bpresent\b/);

    expect(await violations(page)).toEqual([]);
  });

  test.describe('a violation', () => {
    test.use({ allowConsole: /Content Security Policy|TrustedHTML|Trusted Type/ });

    test('is seen, so the watch works: a foreign image, and HTML written to the DOM', async ({
      page,
    }) => {
      await watchViolations(page);
      await openApp(page);
      const threw = await page.evaluate(() => {
        const img = document.createElement('img');
        img.src = 'https://example.org/pixel.png';
        document.body.append(img);
        try {
          document.body.insertAdjacentHTML('beforeend', '<b>from the data</b>');
          return false;
        } catch {
          return true;
        }
      });
      // Trusted Types refuse a string of HTML outright.
      expect(threw).toBe(true);
      await expect
        .poll(async () => (await violations(page)).map((v) => v.split(' ')[0]).sort())
        .toEqual(['img-src', 'require-trusted-types-for']);
    });
  });
});

test('the embed snippet carries the Subresource Integrity hash of the embed.js it names', async ({
  page,
  request,
}) => {
  await openApp(page, '?date=2017-12');
  await page.getByTestId('share').click();
  const snippet = await page.getByTestId('embed-code').inputValue();
  const integrity = /<script [^>]*integrity="(sha384-[^"]+)"/.exec(snippet)?.[1];
  expect(snippet).toMatch(/<script [^>]*crossorigin="anonymous"/);
  const body = await (await request.get('/embed.js')).body();
  expect(integrity).toBe(`sha384-${createHash('sha384').update(body).digest('base64')}`);
});
