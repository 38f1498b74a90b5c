// Settings in Chromium: turning a site off clears its marks at once and keeps them off after a
// reload; display settings apply live in open tabs; the interface follows the browser language.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  hoverMark,
  markPoint,
  openPanel,
  pageMarks,
  screenshot,
  settledHover,
  settledStatus,
  useExtension,
  type Session,
  textOf,
  openTab,
} from './harness';

const marksOn = (page: Page) => pageMarks(page).then((marks) => marks.length);

/** Waits until the page's content script has turned its marks off and is done. */
const settledOff = (session: Session, page: Page) =>
  settledStatus(page, session.ext.extensionId, (s) => s.phase === 'off');

async function openArticle(session: Session, path = '/recognition-mixed.html'): Promise<{ page: Page; tabId: number }> {
  const { page, tabId } = await openTab(session, path);
  await expect.poll(() => marksOn(page), { timeout: 10_000 }).toBeGreaterThan(5);
  return { page, tabId };
}

function optionsPage(session: Session): Promise<Page> {
  return session.ext.context.newPage().then(async (options) => {
    await options.goto(`chrome-extension://${session.ext.extensionId}/options.html`);
    return options;
  });
}

describe('settings in Chromium (zh-CN)', () => {
  const session = useExtension({ locale: 'zh-CN' });

  it('turns a site off from the side panel: marks vanish at once and stay off after a reload', async () => {
    const { page, tabId } = await openArticle(session);
    const panel = await openPanel(session.ext, tabId);
    await panel.getByRole('button', { name: '在此网站关闭' }).click();
    await settledOff(session, page);
    expect(await marksOn(page)).toBe(0);
    // The reloaded page's script reads the settings and decides to stay off.
    await page.reload();
    await settledOff(session, page);
    expect(await marksOn(page)).toBe(0);
    // Listed in the options page, and turned back on from there.
    const options = await optionsPage(session);
    await expect
      .poll(() => options.locator('.sites li').allInnerTexts())
      .toEqual([expect.stringContaining('127.0.0.1')]);
    await options.getByRole('button', { name: '重新开启' }).click();
    await expect.poll(() => marksOn(page), { timeout: 10_000 }).toBeGreaterThan(5);
    await options.close();
    await panel.close();
    await page.close();
  });

  it('turns a site off from the popover in one click', async () => {
    const { page } = await openArticle(session);
    await hoverMark(page, '字节跳动');
    const off = page.locator('techlens-popover').getByRole('button', { name: '在此网站关闭' });
    await expect.poll(() => off.count(), { timeout: 5_000 }).toBe(1);
    await off.click();
    await settledOff(session, page);
    expect(await marksOn(page)).toBe(0);
    const options = await optionsPage(session);
    await options.getByRole('button', { name: '重新开启' }).click();
    await expect.poll(() => marksOn(page), { timeout: 10_000 }).toBeGreaterThan(5);
    await options.close();
    await page.close();
  });

  it('pauses everywhere and resumes', async () => {
    const { page } = await openArticle(session);
    const options = await optionsPage(session);
    await options.getByLabel('在所有网站暂停').check();
    await settledOff(session, page);
    expect(await marksOn(page)).toBe(0);
    await options.getByLabel('在所有网站暂停').uncheck();
    await expect.poll(() => marksOn(page), { timeout: 10_000 }).toBeGreaterThan(5);
    await options.close();
    await page.close();
  });

  it('applies mark style, marked types and the click trigger live in an open tab', async () => {
    const { page } = await openArticle(session);
    const options = await optionsPage(session);
    await options.getByLabel('浅色背景').check();
    await settledStatus(page, session.ext.extensionId, (s) => s.settings.highlightStyle === 'background');
    const styled = await pageMarks(page);
    expect(styled.length).toBeGreaterThan(5);
    expect(styled.filter((m) => !m.type.startsWith('bg-'))).toEqual([]);
    // Models are marked in this view before they are unticked.
    expect(styled.some((m) => m.type === 'bg-model')).toBe(true);
    await options.getByLabel('人物').uncheck();
    await options.getByLabel('AI 模型').uncheck();
    await settledStatus(
      page,
      session.ext.extensionId,
      (s) => !s.settings.markedTypes.includes('model') && !s.settings.markedTypes.includes('person'),
    );
    const types = new Set((await pageMarks(page)).map((m) => m.type));
    expect(types.has('bg-model')).toBe(false);
    expect(types.has('bg-person')).toBe(false);
    expect(types.has('bg-company')).toBe(true);
    await screenshot(options, 'options');
    await screenshot(page, 'marks-background', false);

    // Click trigger: resting on a name opens nothing; a click opens the card.
    await options.getByLabel('点击', { exact: true }).check();
    await settledStatus(page, session.ext.extensionId, (s) => s.settings.trigger === 'click');
    await page.bringToFront();
    await hoverMark(page, '字节跳动');
    // The pointer's rest on the name is judged and no card is about to open: none will.
    expect((await settledHover(page, session.ext.extensionId)).hover!.shown).toBe(false);
    expect(await page.locator('techlens-popover .popover').evaluate((el) => el.matches(':popover-open'))).toBe(false);
    const { x, y } = await markPoint(page, '字节跳动');
    await page.mouse.click(x, y);
    await expect
      .poll(() => page.locator('techlens-popover .popover').evaluate((el) => el.matches(':popover-open')), {
        timeout: 5_000,
      })
      .toBe(true);

    // Back to the defaults for the other tests.
    await options.getByLabel('点状下划线').check();
    await options.getByLabel('人物').check();
    await options.getByLabel('AI 模型').check();
    await options.getByLabel('悬停', { exact: true }).check();
    await expect
      .poll(async () => (await pageMarks(page)).some((m) => m.type === 'model'), { timeout: 5_000 })
      .toBe(true);
    await options.close();
    await page.close();
  });
});

describe('interface language zh-TW', () => {
  const session = useExtension({ locale: 'zh-TW' });

  it('shows Traditional interface strings in the popover and the panel', async () => {
    const { page, tabId } = await openArticle(session, '/zh-hans-basic.html');
    await hoverMark(page, '字节跳动');
    await expect.poll(textOf(page.locator('techlens-popover .popover')), { timeout: 5_000 }).toContain('語料中的說法');
    const panel = await openPanel(session.ext, tabId);
    await expect
      .poll(() => panel.getByRole('tab').allInnerTexts())
      .toEqual([expect.stringContaining('本頁'), '相關文章', '筆記', '資料庫']);
    await screenshot(panel, 'sidepanel-zh-TW');
    await panel.close();
    await page.close();
  });
});

describe('interface language en-US', () => {
  const session = useExtension({ locale: 'en-US' });

  it('shows English interface strings, with corpus text still in Chinese', async () => {
    const { page, tabId } = await openArticle(session, '/zh-hans-basic.html');
    await hoverMark(page, '字节跳动');
    const popover = page.locator('techlens-popover .popover');
    await expect.poll(textOf(popover), { timeout: 5_000 }).toContain('What the corpus says');
    expect(await popover.innerText()).toContain('字节跳动');
    await screenshot(page, 'popover-en', false);
    const panel = await openPanel(session.ext, tabId);
    await expect
      .poll(() => panel.getByRole('tab').allInnerTexts())
      .toEqual([expect.stringContaining('This page'), 'Related', 'Notes', 'Library']);
    const options = await optionsPage(session);
    expect(await options.locator('h1').innerText()).toBe('Tech Lens settings');
    await options.close();
    await panel.close();
    await page.close();
  });
});
