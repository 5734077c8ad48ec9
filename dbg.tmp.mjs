import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://127.0.0.1:4205/?date=2021-06&country=ALB');
const link = page.locator('a[data-measure-link="eu-2016-autonomous-listings-18-persons"]');
await link.waitFor();
await page.waitForTimeout(500);
for (let i = 0; i < 3; i++) {
  await link.evaluate(e => e.scrollIntoView({block:'center'}));
  await page.waitForTimeout(300);
  console.log(await link.evaluate(e => { const r = e.getBoundingClientRect(); const p = document.querySelector('.details-panel'); return JSON.stringify({top: r.top, h: r.height, w: r.width, ptop: p.getBoundingClientRect().top, pst: p.scrollTop, psh: p.scrollHeight, pch: p.clientHeight, inner: window.innerHeight, scrollY: window.scrollY}); }));
}
await browser.close();
