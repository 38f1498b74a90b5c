// The context-menu items and the toolbar button, through what the service worker registered.
// Playwright cannot click Chromium's own menus, but the worker's chrome.contextMenus.onClicked event can be
// dispatched there with the info and tab Chromium passes on a click: that runs the listeners the
// extension added, so what is tested is its wiring (item id → handler → page, panel), not a copy
// of what the handler would write.
import { describe, expect, it } from 'vitest';
import {
  clickMenuItem,
  openPanel,
  pageMarks,
  settledStatus,
  textOf,
  useExtension,
  type Session,
  openTab,
} from './harness';

const openArticle = (session: Session, file: string) => openTab(session, file);

describe('context-menu items in Chromium', () => {
  const session = useExtension({ locale: 'zh-CN' });

  it("turns marks off and on for the tab's site from the toolbar button's menu", async () => {
    const { page, tabId } = await openArticle(session, 'recognition-mixed.html');
    await settledStatus(page, session.ext.extensionId, (s) => s.phase === 'on');
    expect((await pageMarks(page)).length).toBeGreaterThan(5);
    await clickMenuItem(session.ext, 'techlens-toggle-site', tabId);
    await settledStatus(page, session.ext.extensionId, (s) => s.phase === 'off');
    expect(await pageMarks(page)).toEqual([]);
    await clickMenuItem(session.ext, 'techlens-toggle-site', tabId);
    await settledStatus(page, session.ext.extensionId, (s) => s.phase === 'on');
    expect((await pageMarks(page)).length).toBeGreaterThan(5);
    await page.close();
  });

  it("the toolbar button: Chromium opens the panel on its click, and its badge counts the page's entities", async () => {
    const { page, tabId } = await openArticle(session, 'recognition-mixed.html');
    await settledStatus(page, session.ext.extensionId, (s) => s.phase === 'on');
    // Playwright cannot click the toolbar; the click is Chromium's own, driven by the panel behaviour
    // the worker sets at start (no onClicked handler of ours runs).
    const behavior = await session.ext.serviceWorker.evaluate(() => chrome.sidePanel.getPanelBehavior());
    expect(behavior.openPanelOnActionClick).toBe(true);
    const badge = () => session.ext.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    const reported = await session.ext.serviceWorker.evaluate(async (id) => {
      const report = (await chrome.storage.session.get(`page:${id}`))[`page:${id}`] as
        { entities: unknown[] } | undefined;
      return report?.entities.length ?? 0;
    }, tabId);
    expect(reported).toBeGreaterThan(5);
    await expect.poll(badge, { timeout: 10_000 }).toBe(String(reported));
    await clickMenuItem(session.ext, 'techlens-toggle-site', tabId);
    await settledStatus(page, session.ext.extensionId, (s) => s.phase === 'off');
    await expect.poll(badge, { timeout: 10_000 }).toBe('');
    await clickMenuItem(session.ext, 'techlens-toggle-site', tabId);
    await settledStatus(page, session.ext.extensionId, (s) => s.phase === 'on');
    await expect.poll(badge, { timeout: 10_000 }).toBe(String(reported));
    await page.close();
  });

  it('starts a note on the selected text ("添加笔记"): the panel gets the quote the page computed', async () => {
    const { page, tabId } = await openArticle(session, 'zh-hans-basic.html');
    const selected = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => (x.textContent ?? '').length > 30)!;
      const text = p.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 3);
      range.setEnd(text, 17);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return range.toString();
    });
    const panel = await openPanel(session.ext, tabId);
    await panel.getByRole('tab', { name: /笔记/ }).click();
    await clickMenuItem(session.ext, 'techlens-add-note', tabId, {
      frameId: 0,
      selectionText: selected,
      pageUrl: page.url(),
    });
    await expect.poll(textOf(panel.locator('.note blockquote').first()), { timeout: 10_000 }).toBe(selected.trim());
    await panel.close();
    await page.close();
  });

  it('saves the page ("收入资料库") through the same path as the popover: a page with no article is refused', async () => {
    const { page, tabId } = await openArticle(session, 'library-list.html');
    const panel = await openPanel(session.ext, tabId);
    await panel.getByRole('tab', { name: /资料库/ }).click();
    await clickMenuItem(session.ext, 'techlens-save-article', tabId, { pageUrl: page.url() });
    await expect.poll(textOf(panel.locator('.save-status')), { timeout: 20_000 }).toContain('没有找到文章');
    await panel.close();
    await page.close();
  });
});

/** The extension APIs these tests call in the service worker (the worker's `chrome`). */
declare const chrome: {
  sidePanel: { getPanelBehavior(): Promise<{ openPanelOnActionClick?: boolean }> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};
