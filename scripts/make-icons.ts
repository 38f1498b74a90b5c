/**
 * Renders assets/icons/icon.svg to the PNG sizes the manifest lists (run after editing the SVG:
 * `npx tsx scripts/make-icons.ts`; the PNGs are committed, so builds need no browser).
 */
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';

const svg = readFileSync('assets/icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  writeFileSync(`assets/icons/${size}.png`, await page.screenshot({ omitBackground: true }));
}
await browser.close();
