// The reader's library in Chromium, end to end on local news pages (tests/fixtures/pages/library-*):
// save an article from the popover, see what was found in the side panel, confirm a new company
// from its candidates, see it marked on other pages in both scripts with a claim from the saved
// article ("我的资料库") on its card, delete it and its marks go; refusals (no article, saved
// twice). The side panel is its page in a tab (Playwright cannot drive Chrome's real panel).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import {
  clickMenuItem,
  hoverMark,
  launchExtension,
  openPanel,
  pageMarks,
  screenshot,
  settledStatus,
  tabIdOf,
  textOf,
  useExtension,
  type Session,
  openTab,
} from './harness';

const openPage = (session: Session, file: string) => openTab(session, file, 1100);

const markTexts = async (page: Page) => (await pageMarks(page)).map((m) => m.text);

describe('the library in Chromium', () => {
  const session = useExtension({ locale: 'zh-CN' });

  it('saves an article from the popover; the panel shows its known names, claims and new names; a new company confirmed there is marked everywhere, with its claim from the library; deleted, its marks go', async () => {
    const article = await openPage(session, 'library-article.html');
    const panel = await openPanel(session.ext, article.tabId, { width: 420, height: 1100 });
    await panel.getByRole('tab', { name: /资料库/ }).click();
    await expect.poll(textOf(panel.locator('.library')), { timeout: 10_000 }).toContain('资料库还是空的');

    // "收入资料库" in a name's popover.
    await article.page.bringToFront();
    await hoverMark(article.page, '红杉资本');
    const save = article.page.locator('techlens-popover').locator('button.save-article');
    await expect.poll(() => save.count(), { timeout: 5_000 }).toBe(1);
    expect(await save.innerText()).toBe('收入资料库');
    await screenshot(article.page, 'library-popover-save', false);
    await save.click();

    // The panel processes it and shows what it found.
    await panel.bringToFront();
    const saved = panel.locator('.saved-article');
    await expect.poll(textOf(panel.locator('.save-status')), { timeout: 60_000 }).toContain('已收入资料库');
    await expect.poll(() => saved.count(), { timeout: 10_000 }).toBe(1);
    expect(await saved.locator('h2').innerText()).toContain('云帆数据完成2亿元B轮融资');
    expect(await saved.locator('.saved-header .meta').innerText()).toContain('远望科技 · 2025-03-18');
    const known = await saved.locator('.known .entity-list button').allInnerTexts();
    expect(known).toEqual(expect.arrayContaining(['红杉资本', '阿里云', '字节跳动']));
    expect(await saved.locator('.claims .claim').count()).toBeGreaterThan(0);
    const candidate = saved
      .locator('.candidate')
      .filter({ has: panel.locator('.candidate-name', { hasText: /^云帆数据$/ }) });
    await expect.poll(() => candidate.count()).toBe(1);
    // Its sentences, with the name set apart.
    expect(await candidate.locator('.candidate-sentence mark').first().innerText()).toBe('云帆数据');
    await screenshot(panel, 'library-saved');

    // Confirm it: both scripts are filled in, the reader adds an English name.
    await candidate.getByRole('button', { name: '添加为实体' }).click();
    const form = panel.locator('form.entity-form');
    await expect.poll(() => form.count()).toBe(1);
    expect(await form.locator('input[name=hans]').inputValue()).toBe('云帆数据');
    expect(await form.locator('input[name=hant]').inputValue()).toBe('雲帆數據');
    expect(await form.locator('select[name=type]').inputValue()).toBe('company');
    await form.locator('input[name=en]').fill('Yunfan Data');
    await form.locator('input[name=description]').fill('为银行和制造企业搭建知识库的数据服务商。');
    await screenshot(panel, 'library-entity-form');
    await form.getByRole('button', { name: '保存实体' }).click();
    await expect.poll(textOf(panel.locator('.library .info')), { timeout: 30_000 }).toContain('已添加为实体');
    // The saved article was processed again with the new name: it is a known name of the article
    // now, and its timeline holds the article's dated claims.
    const chip = saved.locator('.known .entity-list button', { hasText: '云帆数据' });
    await expect.poll(() => chip.count(), { timeout: 30_000 }).toBe(1);
    expect(await saved.locator('.candidate-name', { hasText: /^云帆数据$/ }).count()).toBe(0);
    await chip.click();
    const timeline = panel.locator('.timeline');
    await expect.poll(() => timeline.locator('.timeline-list li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await timeline.locator('.timeline-list li').first().innerText()).toContain('我的资料库');
    await screenshot(panel, 'library-timeline');
    await timeline.getByRole('button', { name: /返回/ }).click();

    // Marked on another page, in Simplified and in Traditional.
    const hans = await openPage(session, 'library-other-hans.html');
    await expect.poll(() => markTexts(hans.page), { timeout: 15_000 }).toContain('云帆数据');
    const hant = await openPage(session, 'library-other-hant.html');
    await expect.poll(() => markTexts(hant.page), { timeout: 15_000 }).toContain('雲帆數據');

    // Its card: a claim from the saved article, with the library as its source.
    await hans.page.bringToFront();
    await hoverMark(hans.page, '云帆数据');
    const popover = hans.page.locator('techlens-popover').locator('.popover');
    await expect.poll(textOf(popover), { timeout: 10_000 }).toContain('我的资料库');
    expect(await popover.innerText()).toContain('Yunfan Data');
    expect(await popover.locator('.claim', { hasText: '我的资料库' }).first().innerText()).toMatch(/云帆数据/);
    await screenshot(hans.page, 'library-popover-claim', false);

    // The saved article is related to the other page (they share 云帆数据 and 阿里云).
    const otherPanel = await openPanel(session.ext, hans.tabId, { width: 420, height: 900 });
    await otherPanel.getByRole('tab', { name: /相关文章/ }).click();
    const mineRelated = otherPanel.locator('.related-item', { hasText: '我的资料库' });
    await expect.poll(() => mineRelated.count(), { timeout: 10_000 }).toBe(1);
    expect(await mineRelated.innerText()).toContain('云帆数据完成2亿元B轮融资');
    // Shared names read as names, the reader's own included.
    expect(await mineRelated.locator('.shared .chip').allInnerTexts()).toEqual(
      expect.arrayContaining(['云帆数据', '阿里云']),
    );
    await screenshot(otherPanel, 'library-related');
    await otherPanel.close();

    // Deleted: its marks go from the open pages.
    await panel.bringToFront();
    await panel.locator('.saved-article .detail-actions .link').click();
    const mine = panel.locator('.reader-entities li', { hasText: '云帆数据' });
    await expect.poll(() => mine.count(), { timeout: 5_000 }).toBe(1);
    await screenshot(panel, 'library-list');
    // The recognizer stored now; deleting the entity stores a later one.
    const before = await panel.evaluate(
      async () =>
        (
          (await (
            globalThis as unknown as {
              chrome: { storage: { local: { get(k: string): Promise<Record<string, { generation: number }>> } } };
            }
          ).chrome.storage.local.get('recognizer')) as Record<string, { generation: number }>
        ).recognizer!.generation,
    );
    await mine.getByRole('button', { name: '删除' }).click();
    for (const [other, name, known] of [
      [hans.page, '云帆数据', '阿里云'],
      [hant.page, '雲帆數據', '阿里雲'],
    ] as const) {
      // Re-marked with the recognizer written after the deletion, and done: the marks are final.
      await settledStatus(other, session.ext.extensionId, (s) => s.phase === 'on' && s.generation > before);
      const texts = await markTexts(other);
      expect(texts).not.toContain(name);
      expect(texts).toContain(known);
    }

    for (const page of [hans.page, hant.page, article.page, panel]) await page.close();
  });

  it('refuses a page with no article and an article saved twice; searches in either script, exports Markdown, processes again, deletes with undo', async () => {
    const list = await openPage(session, 'library-list.html');
    const panel = await openPanel(session.ext, list.tabId);
    await panel.getByRole('tab', { name: /资料库/ }).click();
    await panel.getByRole('button', { name: '收入本页' }).click();
    await expect.poll(textOf(panel.locator('.save-status')), { timeout: 20_000 }).toContain('没有找到文章');
    await panel.close();

    // The article was saved by the first test: the same address again is refused.
    const again = await openPage(session, 'library-article.html');
    const second = await openPanel(session.ext, again.tabId);
    await second.getByRole('tab', { name: /资料库/ }).click();
    await second.getByRole('button', { name: '收入本页' }).click();
    await expect.poll(textOf(second.locator('.save-status')), { timeout: 60_000 }).toContain('资料库里已有这篇文章');
    await screenshot(second, 'library-duplicate');
    expect(await second.locator('.library-item').count()).toBe(1);

    // Search ignores script: Traditional words find the Simplified article.
    await second.getByRole('searchbox').fill('雲帆數據 帆語');
    await expect.poll(() => second.locator('.library-item').count(), { timeout: 10_000 }).toBe(1);
    expect(await second.locator('.library-item .snippet').innerText()).toContain('云帆数据');
    await second.getByRole('searchbox').fill('不存在的公司');
    await expect.poll(textOf(second.locator('.library .empty')), { timeout: 10_000 }).toContain('没有匹配的文章');
    await second.getByRole('searchbox').fill('');

    // Markdown export of the article, with its claims.
    await second.locator('.library-item .title-link').click();
    const [markdown] = await Promise.all([
      second.waitForEvent('download'),
      second.getByRole('button', { name: '导出 Markdown' }).click(),
    ]);
    const text = await readFile(await markdown.path(), 'utf8');
    expect(text).toContain('云帆数据完成2亿元B轮融资');
    expect(text).toContain('## Claims');
    await second.locator('.saved-article .detail-actions .link').click();

    // Process again, then delete and undo: the article is back as it was.
    await second.locator('.library-item .title-link').click();
    await second.getByRole('button', { name: '重新处理' }).click();
    await expect.poll(textOf(second.locator('.library .info')), { timeout: 30_000 }).toContain('已重新处理');
    const title = await second.locator('.saved-article h2').innerText();
    await second.locator('.saved-article').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => second.locator('.library-item').count(), { timeout: 10_000 }).toBe(0);
    await second.locator('.toast').getByRole('button', { name: '撤销' }).click();
    await expect.poll(textOf(second.locator('.library-item').first()), { timeout: 10_000 }).toContain(title);
    for (const page of [second, again.page, list.page]) await page.close();
  });

  it('exports everything to one backup file and imports it into a fresh profile: articles, entities and marks are back', async () => {
    const article = await openPage(session, 'library-article.html');
    const panel = await openPanel(session.ext, article.tabId, { width: 420, height: 1000 });
    await panel.getByRole('tab', { name: /资料库/ }).click();
    // A reader entity from the panel's own "new entity" form: the product named in the article.
    await panel.getByRole('button', { name: /新建实体/ }).click();
    const form = panel.locator('form.entity-form');
    await form.locator('input[name=hans]').fill('帆语');
    await form.locator('input[name=hant]').fill('帆語');
    await form.locator('select[name=type]').selectOption('model');
    await form.locator('input[name=parent]').fill('红杉资本');
    await form.getByRole('button', { name: '保存实体' }).click();
    // Saved once the panel says so (the recognizer rebuilt, the articles processed again: seconds
    // on a loaded machine, where the list polled with the default second failed a full run).
    await expect.poll(textOf(panel.locator('.library .info')), { timeout: 30_000 }).toContain('已添加为实体');
    expect(await panel.locator('.reader-entities li', { hasText: '帆语' }).count()).toBe(1);
    await expect.poll(() => markTexts(article.page), { timeout: 15_000 }).toContain('帆语');

    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: '导出备份' }).click(),
    ]);
    const file = await download.path();
    const backup = JSON.parse(await readFile(file, 'utf8')) as {
      format: string;
      articles: Array<{ title: string }>;
      readerEntities: Array<{ name: { hans: string } }>;
    };
    expect(backup.format).toBe('techlens-backup');
    expect(backup.articles.map((a) => a.title)).toEqual([expect.stringContaining('云帆数据完成2亿元B轮融资')]);
    expect(backup.readerEntities.map((e) => e.name.hans)).toEqual(['帆语']);
    await panel.close();
    await article.page.close();

    // A fresh profile: nothing saved, nothing marked, until the file is imported.
    const fresh = await launchExtension({ locale: 'zh-CN' });
    try {
      fresh.network.allow(session.server.origin);
      const page = await fresh.context.newPage();
      const url = session.server.url('/library-article.html');
      await page.goto(url);
      const freshPanel = await openPanel(fresh, await tabIdOf(fresh, url), { width: 420, height: 1000 });
      await freshPanel.getByRole('tab', { name: /资料库/ }).click();
      await expect.poll(textOf(freshPanel.locator('.library')), { timeout: 10_000 }).toContain('资料库还是空的');
      // The page is marked with the bundled names, all of them, and 帆语 is not one.
      await settledStatus(page, fresh.extensionId, (s) => s.phase === 'on');
      expect(await markTexts(page)).toContain('红杉资本');
      expect(await markTexts(page)).not.toContain('帆语');
      // A damaged file is refused whole, with the reason.
      await freshPanel.locator('input[type=file]').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"techlens-backup","version":1,"articles":[{"id":'),
      });
      await expect
        .poll(textOf(freshPanel.locator('.library .error')), { timeout: 15_000 })
        .toContain('没有导入任何内容');
      expect(await freshPanel.locator('.library-item').count()).toBe(0);
      await freshPanel.locator('input[type=file]').setInputFiles(file);
      await expect.poll(textOf(freshPanel.locator('.library .info')), { timeout: 15_000 }).toContain('导入完成');
      await expect.poll(() => freshPanel.locator('.library-item').count(), { timeout: 10_000 }).toBe(1);
      expect(await freshPanel.locator('.reader-entities').innerText()).toContain('帆语');
      await screenshot(freshPanel, 'library-imported');
      await expect.poll(() => markTexts(page), { timeout: 15_000 }).toContain('帆语');
      // The saved article opens in the reader page, marked.
      const [reader] = await Promise.all([
        fresh.context.waitForEvent('page'),
        freshPanel
          .locator('.library-item .title-link')
          .click()
          .then(() => freshPanel.getByRole('button', { name: '阅读' }).first().click()),
      ]);
      await reader.setViewportSize({ width: 1000, height: 800 });
      await expect
        .poll(() => markTexts(reader), { timeout: 15_000 })
        .toEqual(expect.arrayContaining(['红杉资本', '帆语']));
      await screenshot(reader, 'library-reader', false);
      expect(fresh.network.requests).toEqual([]);
    } finally {
      await fresh.close();
    }
    expect(session.ext.network.requests).toEqual([]);
  });

  it('shows markup in a saved page as text, in the panel and the reader page', async () => {
    const hostile = await openPage(session, 'library-hostile.html');
    const panel = await openPanel(session.ext, hostile.tabId, { width: 420, height: 1000 });
    await panel.getByRole('tab', { name: /资料库/ }).click();
    await panel.getByRole('button', { name: '收入本页' }).click();
    const saved = panel.locator('.saved-article');
    await expect.poll(() => saved.count(), { timeout: 60_000 }).toBe(1);
    expect(await saved.locator('h2').innerText()).toContain(`<img src=x onerror="document.title='pwned'">`);
    expect(await saved.locator('img, script, a[href^="javascript"]').count()).toBe(0);
    const [reader] = await Promise.all([
      session.ext.context.waitForEvent('page'),
      saved.getByRole('button', { name: '阅读' }).click(),
    ]);
    await expect
      .poll(textOf(reader.locator('#article h1')), { timeout: 10_000 })
      .toContain(`<img src=x onerror="document.title='pwned'">`);
    expect(await reader.locator('#article img, #article script, #article a[href^="javascript"]').count()).toBe(0);
    expect(await reader.title()).not.toBe('pwned');
    expect(await panel.title()).not.toBe('pwned');
    for (const page of [reader, panel, hostile.page]) await page.close();
  });

  it('starts an entity from a selection ("Add as entity" from the context menu reaches the panel)', async () => {
    const page = await openPage(session, 'library-hostile.html');
    const panel = await openPanel(session.ext, page.tabId);
    // The menu item clicked on a selection, through the worker's own listener (harness: clickMenuItem).
    await clickMenuItem(session.ext, 'techlens-add-entity', page.tabId, {
      selectionText: ' 星橋科技 ',
      pageUrl: page.url,
    });
    const form = panel.locator('form.entity-form');
    await expect.poll(() => form.count(), { timeout: 10_000 }).toBe(1);
    expect(await form.locator('input[name=hans]').inputValue()).toBe('星桥科技');
    expect(await form.locator('input[name=hant]').inputValue()).toBe('星橋科技');
    await form.getByRole('button', { name: '取消' }).click();
    for (const p of [panel, page.page]) await p.close();
  });

  it('finishes a save whose worker stopped and whose panel closed mid-way: one whole article, never half', async () => {
    const page = await openPage(session, 'library-other-hans.html');
    type Chrome = {
      scripting: {
        executeScript(o: { target: { tabId: number }; files: string[] }): Promise<Array<{ result: unknown }>>;
      };
      storage: { session: { set(items: object): Promise<void> } };
    };
    // The background's first half, as it runs it: extract in the tab, hand the page over.
    await session.ext.serviceWorker.evaluate(async (tabId) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [frame] = await chrome.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
      const result = frame!.result as { ok: boolean; page: unknown };
      if (!result.ok) throw new Error('extraction refused the page');
      await chrome.storage.session.set({
        [`saveJob:${tabId}`]: { tabId, at: Date.now(), state: 'extracted', page: result.page },
      });
    }, page.tabId);
    // The worker stops; nothing of the save was in its memory.
    const internals = await session.ext.context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    const status = async () => /Running Status: (\w+)/.exec(await internals.locator('body').innerText())?.[1];
    await expect.poll(status).toBe('RUNNING');
    await internals.locator('[data-command="stop"]').first().click();
    await expect.poll(status, { timeout: 10_000 }).toBe('STOPPED');
    await internals.close();

    // A panel opens and is closed at once, processing or not; the next one finishes the job.
    const first = await openPanel(session.ext, page.tabId);
    await first.close();
    const panel = await openPanel(session.ext, page.tabId);
    await panel.getByRole('tab', { name: /资料库/ }).click();
    const rows = panel.locator('.library-item', { hasText: '银行开始试用企业级大模型' });
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(1);
    await rows.locator('.title-link').click();
    const saved = panel.locator('.saved-article');
    await expect.poll(() => saved.count(), { timeout: 10_000 }).toBe(1);
    expect(await saved.locator('.known .entity-list button').allInnerTexts()).toContain('阿里云');
    await panel.close();
    await page.page.close();
  });
});
