// The built extension in real (headless) Chromium: it loads, its pages render, web pages
// still work with it active, and it makes no network request while doing so.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, pageMarks, screenshot, settledStatus, useExtension, waitForContentScript } from './harness';

interface Manifest {
  manifest_version: number;
  background?: { service_worker?: string };
  content_scripts?: Array<{ matches?: string[]; js?: string[] }>;
  side_panel?: { default_path?: string };
  permissions?: string[];
}

/** Page errors and console errors, collected from before the first navigation. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}

describe('built extension in Chromium', () => {
  const session = useExtension();

  it('loads an MV3 manifest with a service worker, a content script and a side panel', async () => {
    const manifest = JSON.parse(await readFile(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background?.service_worker).toBeTruthy();
    expect(manifest.content_scripts?.[0]?.js?.length).toBeGreaterThan(0);
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
    expect(manifest.permissions).toContain('sidePanel');

    expect(session.ext.extensionId).toMatch(/^[a-p]{32}$/);
    // The id is the host of the service worker's URL, and the worker is the manifest's.
    const workerUrl = new URL(session.ext.serviceWorker.url());
    expect(workerUrl.host).toBe(session.ext.extensionId);
    expect(workerUrl.pathname).toBe('/' + manifest.background?.service_worker);
  });

  it('ships a content script under 45 KB gzipped (no converter, no names in it)', async () => {
    const manifest = JSON.parse(await readFile(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
    const script = await readFile(path.join(EXTENSION_DIR, manifest.content_scripts![0]!.js![0]!));
    // About 42 KB: the names come from storage (lib/recognizer-store.ts), so the script no
    // longer grows with the corpus (it was 59.5 KB when it carried them).
    expect(gzipSync(script).length).toBeLessThan(45 * 1024);
    // A bundled name of the gazetteer would be in it (as is or escaped) if the recognizer were.
    expect(script.toString('utf8')).not.toMatch(/字节跳动|\\u5b57\\u8282\\u8df3\\u52a8/i);
    // opencc-js's dictionaries would be recognizable by their data strings.
    expect(script.toString('utf8')).not.toMatch(/STCharacters|TSCharacters|opencc/i);
  });

  it('renders the side panel page in a tab without errors', async () => {
    const page = await session.ext.context.newPage();
    const errors = collectErrors(page);
    // Playwright cannot open the real side panel; a tab at side-panel width is the closest.
    await page.setViewportSize({ width: 400, height: 720 });
    await page.goto(`chrome-extension://${session.ext.extensionId}/sidepanel.html`);
    await page.waitForLoadState('load');
    await expect.poll(() => page.evaluate(() => document.body.innerText.trim().length)).toBeGreaterThan(0);
    await screenshot(page, 'sidepanel');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['zh-hans-basic.html', 'zh-hant-basic.html'])('loads %s with the content script active', async (file) => {
    const page = await session.ext.context.newPage();
    const errors = collectErrors(page);
    const response = await page.goto(session.server.url(file));
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
    await waitForContentScript(page, session.ext.extensionId);
    expect(await page.locator('article h1').textContent()).toContain(file.startsWith('zh-hans') ? '豆包' : '字節跳動');
    // Active: it has marked the page and finished, so any error of its work would be in by now.
    const status = await settledStatus(page, session.ext.extensionId, (s) => s.phase === 'on');
    expect(status.mentions).toBeGreaterThan(0);
    expect((await pageMarks(page)).length).toBeGreaterThan(0);
    await screenshot(page, file.replace(/\.html$/, ''));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves in-memory pages too', async () => {
    session.server.page('/inline.html', '<!doctype html><meta charset="utf-8"><title>t</title><p>阿里云 通义千问</p>');
    const page = await session.ext.context.newPage();
    await page.goto(session.server.url('/inline.html'));
    expect(await page.locator('p').textContent()).toBe('阿里云 通义千问');
    await page.close();
  });

  it('made no network request during all of the above', () => {
    // Last on purpose: covers the worker's startup and every step before it.
    expect(session.ext.network.requests).toEqual([]);
  });
});
