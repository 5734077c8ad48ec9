import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { dataset, expect, FIXED_NOW, openApp, test } from './support';

// The host page is served by the test from another origin (localhost, not 127.0.0.1). Chromium
// treats a page the test serves as public and would refuse its requests to the loopback address
// (local network access checks); a newsroom's site embedding the published map meets no such rule.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'],
  },
});

test.describe('embedding', () => {
  const TYPE = 'sanctions-coalition-map:height';

  async function hostPage(
    page: Page,
    baseURL: string,
    { search = '?date=2017-12&embed=1', width = 900 }: { search?: string; width?: number } = {},
  ) {
    // The host page lives on another origin (localhost, not 127.0.0.1), as a newsroom's would.
    const host = baseURL.replace('127.0.0.1', 'localhost');
    await page.route(`${host}/host.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><body style="margin:0">
          <iframe id="map" data-sanctions-map src="${baseURL}/${search}" style="width:${width}px;height:150px;border:0"></iframe>
          <iframe id="rogue" srcdoc="<p>rogue</p>" style="width:10px;height:10px"></iframe>
          <script src="${baseURL}/embed.js"></script>
        </body></html>`,
      }),
    );
    await page.clock.setFixedTime(FIXED_NOW);
    await page.goto(`${host}/host.html`);
    await expect.poll(() => page.frame({ url: /embed=1/ }) !== null).toBe(true);
    const frame = page.frame({ url: /embed=1/ });
    if (!frame) throw new Error('the map frame did not load');
    await frame.locator('svg.world-map[data-zoom-ready]').waitFor();
    return frame;
  }

  const frameHeight = (page: Page) =>
    page.evaluate(() => (document.getElementById('map') as HTMLIFrameElement).style.height);

  test('sizes its iframe to its content through the parent snippet', async ({ page, baseURL }) => {
    const frame = await hostPage(page, baseURL ?? '');
    await expect(frame.getByTestId('filters')).toHaveCount(0);
    const contentHeight = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    await expect.poll(() => frameHeight(page)).toBe(`${contentHeight}px`);
  });

  test('the parent snippet ignores other message types, other frames and absurd heights', async ({
    page,
    baseURL,
  }) => {
    const frame = await hostPage(page, baseURL ?? '');
    await expect.poll(() => frameHeight(page)).not.toBe('150px');
    const settled = await frameHeight(page);

    await page.evaluate((type) => {
      const rogue = (document.getElementById('rogue') as HTMLIFrameElement).contentWindow;
      rogue?.parent.postMessage({ type, height: 4321 }, '*');
      window.postMessage({ type, height: 4321 }, '*');
    }, TYPE);
    await frame.evaluate((type) => {
      parent.postMessage({ type: 'something-else', height: 4321 }, '*');
      parent.postMessage({ type, height: 10 ** 9 }, '*');
      parent.postMessage({ type, height: '4321' }, '*');
      parent.postMessage(`${type}:4321`, '*');
    }, TYPE);
    await page.waitForTimeout(300);
    expect(await frameHeight(page)).toBe(settled);

    // The same message from the map's own frame and origin is obeyed: the filter is not a wall.
    await frame.evaluate((type) => parent.postMessage({ type, height: 777 }, '*'), TYPE);
    await expect.poll(() => frameHeight(page)).toBe('777px');
  });

  test('the app acts on no message sent to it', async ({ page, baseURL }) => {
    const frame = await hostPage(page, baseURL ?? '');
    const before = await frame.evaluate(() => document.body.innerHTML.length);
    await page.evaluate(() => {
      const map = (document.getElementById('map') as HTMLIFrameElement).contentWindow;
      for (const message of [
        { type: 'sanctions-coalition-map:height', height: 1 },
        { type: 'setView', date: '2006-07', country: 'JPN' },
        '?date=2006-07',
        { __proto__: { polluted: true } },
        null,
      ]) {
        map?.postMessage(message, '*');
      }
    });
    await page.waitForTimeout(300);
    await expect(frame.getByTestId('date-label')).toHaveText('December 2017');
    await expect(frame.getByTestId('details-panel')).toHaveCount(0);
    expect(await frame.evaluate(() => document.body.innerHTML.length)).toBe(before);
  });

  for (const width of [360, 700, 1100]) {
    test(`a panel opened in the embed settles at a finite height (${width} px)`, async ({
      page,
      baseURL,
    }) => {
      const frame = await hostPage(page, baseURL ?? '', {
        search: '?date=2017-12&embed=1&country=JPN',
        width,
      });
      await expect(frame.getByTestId('details-panel')).toBeVisible();
      // The height settles: read it twice, a moment apart, and it has stopped changing.
      let last = '';
      await expect
        .poll(
          async () => {
            const now = await frameHeight(page);
            const settled = now === last;
            last = now;
            return settled;
          },
          { intervals: [300, 300, 300, 300, 300, 300] },
        )
        .toBe(true);
      const height = Number.parseInt(last, 10);
      const content = await frame.evaluate(() =>
        Math.ceil(document.documentElement.getBoundingClientRect().height),
      );
      expect(height).toBe(content);
      expect(height).toBeLessThan(15_000);
    });
  }

  test('names what it shows, credits its source and links to the full app', async ({ page }) => {
    await openApp(page, '?date=2017-09&measures=labor_restriction&embed=1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'States with labour restrictions on the DPRK, September 2017',
    );
    await expect(page.getByTestId('legend')).toContainText('Labour restrictions in force');
    await expect(page.getByTestId('map-summary')).toContainText(
      'had a labour restriction in force',
    );
    const footer = page.getByTestId('embed-footer');
    await expect(footer).toContainText(`data version ${dataset().version}`);
    const link = page.getByTestId('open-full');
    await expect(link).toHaveAttribute('target', '_blank');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toContain('date=2017-09');
    expect(href).toContain('measures=labor_restriction');
    expect(href).not.toContain('embed=1');
    await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
  });

  test('with timeline=0 it is a still snapshot', async ({ page }) => {
    await openApp(page, '?date=2017-09&embed=1&timeline=0');
    await expect(page.getByRole('slider', { name: 'Date' })).toHaveCount(0);
    await expect(page.getByTestId('play')).toHaveCount(0);
    await expect(page.getByTestId('legend')).toBeVisible();
  });

  test('keeps a readable size from the embed code alone, when a CMS strips the script', async ({
    page,
    baseURL,
  }) => {
    await openApp(page, '?date=2017-09');
    await page.getByTestId('share').click();
    const code = await page.getByTestId('embed-code').inputValue();
    const withoutScript = code.replace(/<script[^>]*><\/script>/, '');
    const host = (baseURL ?? '').replace('127.0.0.1', 'localhost');
    for (const [name, html] of [
      ['styled', withoutScript],
      // A CMS that strips style attributes too keeps the height attribute.
      ['unstyled', withoutScript.replace(/ style="[^"]*"/, '')],
    ] as const) {
      await page.route(`${host}/fallback-${name}.html`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html><body style="margin:0;width:800px">${html}</body></html>`,
        }),
      );
      await page.goto(`${host}/fallback-${name}.html`);
      const height = await page.evaluate(
        () => document.querySelector('iframe')?.getBoundingClientRect().height ?? 0,
      );
      expect(height, name).toBeGreaterThan(450);
    }
  });
});
