// The manifest's keyboard commands, pressed on a real keyboard: Chromium routes extension
// shortcuts through its browser window's accelerators, which synthetic page key events
// (Playwright's keyboard) never reach, so this file runs a headed Chromium on a virtual
// display and types with xdotool.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  openPanel,
  pageMarks,
  pressKeysOnDisplay,
  settledStatus,
  tabIdOf,
  useExtension,
  type Session,
  textOf,
} from './harness';

const marksOn = (page: Page) => pageMarks(page).then((marks) => marks.length);

async function openArticle(session: Session): Promise<{ page: Page; tabId: number }> {
  const page = await session.ext.context.newPage();
  const url = session.server.url('/recognition-mixed.html');
  await page.goto(url);
  await page.bringToFront();
  const tabId = await tabIdOf(session.ext, url);
  await expect.poll(() => marksOn(page), { timeout: 10_000 }).toBeGreaterThan(5);
  return { page, tabId };
}

describe('keyboard commands in Chromium', () => {
  const session = useExtension({ locale: 'zh-CN', headed: true });

  it('gets every suggested shortcut (Chrome silently drops one it reserves)', async () => {
    const commands = await session.ext.serviceWorker.evaluate(() => chrome.commands.getAll());
    const shortcuts = Object.fromEntries(
      commands.filter((c) => c.name !== '_execute_action').map((c) => [c.name, c.shortcut]),
    );
    expect(shortcuts).toEqual({
      'open-panel': 'Alt+Shift+L',
      'add-note': 'Alt+Shift+K',
      'toggle-marks': 'Alt+Shift+M',
      'save-article': 'Alt+Shift+S',
    });
  });

  it('offers the same switch on the toolbar button\'s menu, and "add a note" on selected text', async () => {
    // update() fails on an item that does not exist: Chromium has no call that lists them.
    const exists = (id: string) =>
      session.ext.serviceWorker.evaluate(
        (item) =>
          chrome.contextMenus.update(item, {}).then(
            () => true,
            () => false,
          ),
        id,
      );
    // The worker creates the items once onInstalled's removeAll() resolves, which can be after
    // the test starts: wait for that state rather than reading it once.
    await expect.poll(() => exists('techlens-toggle-site'), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => exists('techlens-add-note'), { timeout: 10_000 }).toBe(true);
    // The library's: save the page, and make an entity of the selected text.
    await expect.poll(() => exists('techlens-save-article'), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => exists('techlens-add-entity'), { timeout: 10_000 }).toBe(true);
    expect(await exists('techlens-no-such-item')).toBe(false);
  });

  it('toggles marks on this site (Alt+Shift+M)', async () => {
    const { page } = await openArticle(session);
    await pressKeysOnDisplay(session.ext, 'alt+shift+m');
    await settledStatus(page, session.ext.extensionId, (s) => s.phase === 'off');
    expect(await marksOn(page)).toBe(0);
    await pressKeysOnDisplay(session.ext, 'alt+shift+m');
    await expect.poll(() => marksOn(page), { timeout: 10_000 }).toBeGreaterThan(5);
    await page.close();
  });

  it('opens the side panel (Alt+Shift+L)', async () => {
    const { page } = await openArticle(session);
    expect(await sidePanelsOpen(session)).toBe(0);
    await pressKeysOnDisplay(session.ext, 'alt+shift+l');
    await expect.poll(() => sidePanelsOpen(session), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('starts a note on the selection (Alt+Shift+K), saved by the side panel', async () => {
    const { page, tabId } = await openArticle(session);
    const selected = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent.includes('字节跳动'))!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString().trim();
    });
    await pressKeysOnDisplay(session.ext, 'alt+shift+k');
    await expect.poll(() => sidePanelsOpen(session), { timeout: 10_000 }).toBeGreaterThan(0);
    // The real side panel wrote the note; a second view of the same tab finds it.
    const panel = await openPanel(session.ext, tabId);
    await panel.getByRole('tab', { name: /笔记/ }).click();
    await expect
      .poll(textOf(panel.locator('.note blockquote').first()), { timeout: 10_000 })
      .toContain(selected.slice(0, 12));
    await panel.close();
    await page.close();
  });

  it('saves the article to the library (Alt+Shift+S): the side panel opens and keeps it', async () => {
    const page = await session.ext.context.newPage();
    const url = session.server.url('/library-article.html');
    await page.goto(url);
    await page.bringToFront();
    const tabId = await tabIdOf(session.ext, url);
    await expect.poll(() => marksOn(page), { timeout: 10_000 }).toBeGreaterThan(2);
    await pressKeysOnDisplay(session.ext, 'alt+shift+s');
    await expect.poll(() => sidePanelsOpen(session), { timeout: 10_000 }).toBeGreaterThan(0);
    // The real side panel processes and stores it. Wait on the database itself: a second view
    // opened now would be a new active tab (the real panel would follow it away) and would take
    // the same job in parallel.
    await expect
      .poll(() => savedTitles(session), { timeout: 45_000 })
      .toContain('云帆数据完成2亿元B轮融资，押注企业级大模型');
    // Another view of the same tab lists it.
    const panel = await openPanel(session.ext, tabId);
    await panel.getByRole('tab', { name: /资料库/ }).click();
    await expect
      .poll(textOf(panel.locator('.library-item').first()), { timeout: 60_000 })
      .toContain('云帆数据完成2亿元B轮融资');
    await panel.close();
    await page.close();
  });
});

/** Chrome's own side panels of the extension that are open now (Playwright does not list them as pages). */
declare const chrome: {
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
  commands: { getAll(): Promise<Array<{ name: string; shortcut: string }>> };
  contextMenus: { update(id: string, properties: object): Promise<void> };
};
/** Titles of the saved articles, read from the database in the service worker. */
function savedTitles(session: Session): Promise<string[]> {
  return session.ext.serviceWorker.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('techlens-notes');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('articles')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('articles').objectStore('articles').getAll();
          all.onsuccess = () => {
            resolve((all.result as Array<{ title: string }>).map((a) => a.title));
            db.close();
          };
          all.onerror = () => reject(new Error(String(all.error)));
        };
      }),
  );
}

function sidePanelsOpen(session: Session): Promise<number> {
  return session.ext.serviceWorker.evaluate(
    async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length,
  );
}
