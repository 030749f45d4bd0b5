// The explorer in headless Chromium: search Lavrov, read who met him (Rasmussen, with the photo
// caption as evidence), narrow the dates, click NATO in the diagram and see NATO's page open;
// a screenshot at 1280x800 and one at a narrow width. Run by run.sh, which starts the server.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import path from 'node:path';

const url = process.env.DIPGRAPH_URL;
const shots = process.env.SCREENSHOT_DIR || '.';
assert.ok(url, 'DIPGRAPH_URL is not set (run tests/e2e/run.sh)');

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const errors = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(20000);
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector('footer:has-text("relations")');

  // Search: suggestions appear as one types; pick the Lavrov of the seed article.
  await page.fill('#search', 'Lavrov');
  const suggestion = page.locator('#suggestions li', { hasText: 'Sergei Lavrov' });
  await suggestion.first().waitFor();
  await suggestion.first().click();
  await page.waitForURL(/#\/actor\/\d+$/);
  await assert.doesNotReject(page.locator('#actor-name', { hasText: 'Sergei Lavrov' }).waitFor());
  console.log('ok - search suggests Lavrov and opens his page');

  // Who met him: Rasmussen, with the caption sentence and its source as evidence.
  const row = page.locator('#who-met tbody tr', { hasText: 'Anders Fogh Rasmussen' });
  await row.first().waitFor();
  const evidence = await row.first().locator('td.evidence').innerText();
  assert.match(evidence, /speaks during a meeting with Russia's Foreign Minister Sergei Lavrov/);
  assert.match(evidence, /reuters-2010-11-03-nato-russia\.txt/);
  assert.match(await row.first().innerText(), /2010-11-03/);
  assert.match(await row.first().innerText(), /Moscow/);
  console.log('ok - who-met shows Rasmussen with the caption as evidence');

  // The date range narrows the page to November 2010; the diagram three steps out reaches NATO.
  await page.fill('#from', '2010-11-01');
  await page.fill('#to', '2010-11-30');
  await page.locator('#to').dispatchEvent('change');
  await page.locator('#actor-name', { hasText: 'Sergei Lavrov' }).waitFor();
  await page.selectOption('#depth', '3');
  const nato = page.locator('#ego svg g.node a', { has: page.locator('text', { hasText: /^NATO$/ }) });
  await nato.first().waitFor();
  await page.screenshot({ path: path.join(shots, 'explorer.png'), fullPage: false });
  await nato.first().click();
  await page.locator('#actor-name', { hasText: /^NATO/ }).waitFor();
  assert.match(page.url(), /#\/actor\/\d+$/);
  await page.locator('#ego svg').waitFor();
  await page.locator('#partners li', { hasText: 'Russia' }).first().waitFor();
  console.log('ok - clicking NATO in the diagram opens NATO');

  // Path finder from NATO to Lavrov.
  await page.fill('#path-to', 'Sergei Lavrov');
  await page.click('#path-form button');
  await page.locator('#path-result ol.chain').first().waitFor();
  console.log('ok - the path finder links NATO and Lavrov');
  await page.locator('#dyad-chart svg rect').first().waitFor();
  console.log('ok - the dyad chart draws bars');
  await page.screenshot({ path: path.join(shots, 'explorer-nato.png'), fullPage: false });

  // A narrow window: one column, nothing wider than the screen.
  await page.setViewportSize({ width: 420, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the page is ${overflow}px wider than a 420px window`);
  await page.screenshot({ path: path.join(shots, 'explorer-narrow.png'), fullPage: false });
  console.log('ok - usable on a narrow window');

  assert.deepEqual(errors, [], 'no script errors on the page');
  console.log('ok - no script errors; screenshots in ' + shots);
} finally {
  await browser.close();
}
