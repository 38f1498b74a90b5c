// The side panel page (opened in a tab: Playwright cannot drive the real side panel) pinned to a
// page's tab: it lists the page's entities, shows an entity's full card, and a note added from
// the popover lands in IndexedDB with its quote and survives a reload.
import { describe, expect, it } from 'vitest';
import { hoverMark, screenshot, useExtension, type LaunchedExtension } from './harness';

/** The extension API as seen inside the service worker (evaluated there, typed here). */
declare const chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };

/** The tab id of a page, from the entity report the background keeps per tab. */
async function tabIdOf(ext: LaunchedExtension, url: string): Promise<number> {
  let id: number | undefined;
  await expect
    .poll(
      async () => {
        id = await ext.serviceWorker.evaluate(async (u) => {
          const all = await chrome.storage.session.get(null);
          const key = Object.keys(all).find((k) => k.startsWith('page:') && (all[k] as { url?: string }).url === u);
          return key ? Number(key.slice('page:'.length)) : undefined;
        }, url);
        return id;
      },
      { timeout: 10_000 },
    )
    .toBeTruthy();
  return id!;
}

describe('side panel in Chromium', () => {
  const session = useExtension();

  it("lists the page's entities, shows a full card, and keeps a note added from the popover", async () => {
    const article = await session.ext.context.newPage();
    await article.setViewportSize({ width: 1000, height: 800 });
    const url = session.server.url('/recognition-mixed.html');
    await article.goto(url);
    const tabId = await tabIdOf(session.ext, url);

    const panel = await session.ext.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    const panelUrl = `chrome-extension://${session.ext.extensionId}/sidepanel.html?tab=${tabId}`;
    await panel.goto(panelUrl);
    await expect.poll(() => panel.locator('#entities button').allInnerTexts(), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringMatching(/^字节跳动/)]));

    await panel.locator('#entities button', { hasText: '字节跳动' }).click();
    const card = await panel.locator('#card').innerText();
    expect(card).toContain('PixelDance');
    expect(await panel.locator('#card .claim').count()).toBeGreaterThan(5);

    // Add a note from the popover on the article page.
    await article.bringToFront();
    await hoverMark(article, '通义千问');
    const addNote = article.locator('techlens-popover').locator('button.action.primary');
    await expect.poll(() => addNote.count(), { timeout: 5_000 }).toBe(1);
    await addNote.click();

    await panel.bringToFront();
    const box = panel.locator('.note textarea').first();
    await expect.poll(() => box.count(), { timeout: 5_000 }).toBe(1);
    expect(await panel.locator('.note blockquote').first().innerText()).toContain('阿里云则更新了通义千问');
    expect(await panel.locator('.note .entities').first().innerText()).toContain('通义千问');
    await box.fill('阿里的模型更新节奏很快，值得跟进。');
    await panel.waitForTimeout(700);
    await screenshot(panel, 'sidepanel-note');

    await panel.reload();
    await expect.poll(() => panel.locator('.note textarea').first().inputValue(), { timeout: 5_000 }).toBe('阿里的模型更新节奏很快，值得跟进。');
    // The note is private: nothing of it reached the article's DOM.
    expect(await article.evaluate(() => document.documentElement.outerHTML.includes('值得跟进'))).toBe(false);
    await panel.close();
    await article.close();
  });

  it('keeps text typed just before the panel closes', async () => {
    const article = await session.ext.context.newPage();
    const url = session.server.url('/zh-hans-basic.html');
    await article.goto(url);
    const tabId = await tabIdOf(session.ext, url);
    // Open the panel, add a note from the card, type, and close the panel at once.
    const panel = await session.ext.context.newPage();
    await panel.goto(`chrome-extension://${session.ext.extensionId}/sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('#entities button').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await panel.locator('#entities button').first().click();
    await panel.locator('#card button.action.primary').click();
    const box = panel.locator('.note textarea').first();
    await expect.poll(() => box.count(), { timeout: 5_000 }).toBe(1);
    await box.fill('关闭前最后一句');
    await panel.close({ runBeforeUnload: true });
    const again = await session.ext.context.newPage();
    await again.goto(`chrome-extension://${session.ext.extensionId}/sidepanel.html?tab=${tabId}`);
    await expect.poll(() => again.locator('.note textarea').first().inputValue().catch(() => ''), { timeout: 5_000 }).toBe('关闭前最后一句');
    await again.close();
    await article.close();
  });
});
