// The side panel page (opened in a tab: Playwright cannot drive Chrome's real side panel) pinned
// to a page's tab: this page's entities and cards, related corpus articles and the reader page,
// and notes (create, edit, search across scripts, delete and undo, reload, anchoring).
import { describe, expect, it } from 'vitest';
import {
  expectTypingSurvivesClose,
  highlightSizes,
  hoverMark,
  openPanel,
  pageMarks,
  screenshot,
  tabIdOf,
  useExtension,
  textOf,
} from './harness';

describe('side panel in Chromium', () => {
  const session = useExtension({ locale: 'zh-CN' });

  it("groups the page's entities by type; choosing one scrolls to it, flashes it and shows all its claims", async () => {
    const article = await session.ext.context.newPage();
    await article.setViewportSize({ width: 1000, height: 500 });
    const url = session.server.url('/recognition-mixed.html');
    await article.goto(url);
    const panel = await openPanel(session.ext, await tabIdOf(session.ext, url));
    await expect.poll(() => panel.locator('.type-group').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    const groups = await panel.locator('.type-group h3').allInnerTexts();
    expect(groups.join(' ')).toMatch(/公司/);
    expect(groups.join(' ')).toMatch(/AI 模型/);
    const bytedance = panel.locator('.entity-list button', { hasText: '字节跳动' });
    expect(await bytedance.innerText()).toMatch(/字节跳动\s*\d+/);
    await screenshot(panel, 'sidepanel-page');

    await article.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const before = await article.evaluate(() => window.scrollY);
    await bytedance.click();
    await expect.poll(async () => (await highlightSizes(article)).flash, { timeout: 5_000 }).toBe(1);
    await expect.poll(() => article.evaluate(() => window.scrollY), { timeout: 5_000 }).not.toBe(before);
    // The card lists every claim, grouped by kind.
    const card = panel.locator('.card');
    // The card reads the library too: it arrives after a moment.
    await expect.poll(textOf(card), { timeout: 5_000 }).toContain('PixelDance');
    expect(await card.locator('.claim').count()).toBeGreaterThan(5);
    expect(await card.locator('.claim-group').count()).toBeGreaterThan(1);
    await screenshot(panel, 'sidepanel-card');
    await panel.close();
    await article.close();
  });

  it('ranks the corpus articles about 豆包 and Sora first for a page about ByteDance models, and opens one marked', async () => {
    const article = await session.ext.context.newPage();
    const url = session.server.url('/bytedance-models.html');
    await article.goto(url);
    const panel = await openPanel(session.ext, await tabIdOf(session.ext, url));
    await panel.getByRole('tab', { name: /相关文章/ }).click();
    await expect.poll(() => panel.locator('.related-item').count(), { timeout: 10_000 }).toBeGreaterThan(2);
    const ranked = await panel
      .locator('.related-item')
      .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.articleId));
    expect(ranked.slice(0, 3).sort()).toEqual(['big-tech-sora-2024', 'model-race-2024-12', 'sora-china-ai-2024']);
    const first = panel.locator('.related-item').first();
    expect(await first.locator('.snippet mark').count()).toBe(1);
    expect(await first.locator('.shared .chip').count()).toBeGreaterThan(0);
    await screenshot(panel, 'sidepanel-related');

    // The reader page: the cleaned article, marked and hoverable like any page.
    const [reader] = await Promise.all([
      session.ext.context.waitForEvent('page'),
      first.locator('.title-link').click(),
    ]);
    await reader.setViewportSize({ width: 1000, height: 800 });
    await reader.waitForLoadState();
    expect(reader.url()).toContain('/reader.html?article=');
    await expect.poll(async () => (await pageMarks(reader)).length, { timeout: 10_000 }).toBeGreaterThan(10);
    const name = (await pageMarks(reader)).find((m) => /Sora|豆包/.test(m.text))!.text;
    await hoverMark(reader, name);
    await expect.poll(textOf(reader.locator('.popover')), { timeout: 5_000 }).toMatch(/语料中的说法/);
    await screenshot(reader, 'reader-popover', false);
    await reader.close();
    await panel.close();
    await article.close();
  });

  it('creates, edits, tags, searches across scripts, deletes with undo, and keeps notes over a reload', async () => {
    const article = await session.ext.context.newPage();
    await article.setViewportSize({ width: 1000, height: 800 });
    const url = session.server.url('/recognition-mixed.html');
    await article.goto(url);
    const panel = await openPanel(session.ext, await tabIdOf(session.ext, url));
    await expect.poll(() => panel.locator('.entity-list button').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    // A note from the popover quotes the sentence around the name and links the entity.
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
    await box.fill('字節跳動與阿里的模型更新節奏很快，值得跟進。**重点**');
    await panel.locator('.note input.tags').first().fill('模型, 跟进');
    await panel.waitForTimeout(700);
    // Its quote is marked on the page; the note's own text never reaches the page.
    await expect
      .poll(async () => (await highlightSizes(article)).noteText, { timeout: 5_000 })
      .toEqual([expect.stringContaining('阿里云则更新了通义千问')]);
    expect(await article.evaluate(() => document.documentElement.outerHTML.includes('值得跟進'))).toBe(false);

    // Search ignores script: 字节 (Simplified) finds 字節 (Traditional) in the body.
    await panel.getByRole('searchbox').fill('字节 跟进');
    await expect.poll(() => panel.locator('.note').count()).toBe(1);
    await panel.getByRole('searchbox').fill('不存在的词');
    await expect.poll(() => panel.locator('.empty').innerText()).toContain('没有匹配');
    await panel.getByRole('searchbox').fill('');

    // By tag.
    await panel.getByRole('radio', { name: '按标签' }).click();
    await panel.locator('.tag-filter .chip', { hasText: '跟进' }).click();
    await expect.poll(() => panel.locator('.note').count()).toBe(1);
    await panel.getByRole('radio', { name: '本页' }).click();
    await panel.getByRole('button', { name: '预览' }).click();
    expect(await panel.locator('.note .markdown strong').innerText()).toBe('重点');
    await screenshot(panel, 'sidepanel-note');
    await panel.getByRole('button', { name: '编辑' }).click();

    // Delete, then undo.
    await panel.locator('.note .danger').first().click();
    await expect.poll(() => panel.locator('.note').count()).toBe(0);
    await panel.locator('.toast button').click();
    await expect.poll(() => panel.locator('.note').count()).toBe(1);

    await panel.reload();
    await panel.getByRole('tab', { name: /笔记/ }).click();
    await expect
      .poll(() => panel.locator('.note textarea').first().inputValue(), { timeout: 5_000 })
      .toContain('值得跟進');
    expect(await panel.locator('.note input.tags').first().inputValue()).toBe('模型, 跟进');
    await panel.close();
    await article.close();
  });

  it('makes a note from the selected text', async () => {
    const article = await session.ext.context.newPage();
    const url = session.server.url('/zh-hans-basic.html');
    await article.goto(url);
    const tabId = await tabIdOf(session.ext, url);
    const selected = await article.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => (x.textContent ?? '').length > 30)!;
      const text = p.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 2);
      range.setEnd(text, 14);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return range.toString();
    });
    const panel = await openPanel(session.ext, tabId);
    await panel.getByRole('tab', { name: /笔记/ }).click();
    await panel.getByRole('button', { name: '新建笔记' }).click();
    await expect.poll(textOf(panel.locator('.note blockquote').first()), { timeout: 5_000 }).toBe(selected.trim());
    await panel.close();
    await article.close();
  });

  it('keeps text typed just before the panel closes', async () => {
    const article = await session.ext.context.newPage();
    const url = session.server.url('/zh-hans-basic.html');
    await article.goto(url);
    const tabId = await tabIdOf(session.ext, url);
    const panel = await openPanel(session.ext, tabId);
    await expect.poll(() => panel.locator('.entity-list button').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await panel.locator('.entity-list button').first().click();
    await panel.locator('.card button.action.primary').click();
    await expectTypingSurvivesClose(session.ext, tabId, panel, '关闭前最后一句', true);
    await article.close();
  });

  it("re-finds a note's quote after the page's text moved, and shows an orphan when it is gone", async () => {
    const paragraphs = [
      '<p id="a">阿里云则更新了通义千问，推理速度提升一倍，价格下降三成。</p>',
      '<p id="b">字节跳动推出了新的豆包模型，面向企业客户开放。</p>',
      '<p id="c">百度表示文心一言的用户数继续增长。</p>',
    ];
    const html = (body: string) =>
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>移动的文字</title></head><body>${body}</body></html>`;
    session.server.page('/moving.html', html(paragraphs.join('')));
    const article = await session.ext.context.newPage();
    await article.setViewportSize({ width: 1000, height: 800 });
    const url = session.server.url('/moving.html');
    await article.goto(url);
    const tabId = await tabIdOf(session.ext, url);
    const panel = await openPanel(session.ext, tabId);
    await article.bringToFront();
    await hoverMark(article, '豆包');
    await article.locator('techlens-popover').locator('button.action.primary').click();
    await panel.bringToFront();
    await expect.poll(() => panel.locator('.note blockquote').count(), { timeout: 5_000 }).toBe(1);
    const quote = await panel.locator('.note blockquote').innerText();
    expect(quote).toContain('字节跳动推出了新的豆包模型');

    // The page changes: a new lead paragraph, the quoted one moved last and slightly edited.
    session.server.page(
      '/moving.html',
      html(
        `<p>新增的导语：本周大模型行业动态汇总。</p>${paragraphs[2]}${paragraphs[0]}${paragraphs[1]!.replace('新的', '全新的')}`,
      ),
    );
    await article.reload();
    await expect
      .poll(async () => (await highlightSizes(article)).noteText, { timeout: 10_000 })
      .toEqual([expect.stringMatching(/字节跳动推出了全新的豆包模型/)]);
    await panel.reload();
    await panel.getByRole('tab', { name: /笔记/ }).click();
    await expect.poll(textOf(panel.locator('.anchor-status')), { timeout: 5_000 }).toContain('重新定位');
    await panel.locator('.note .quote').click();
    await expect.poll(async () => (await highlightSizes(article)).flash, { timeout: 5_000 }).toBe(1);

    // The quoted text is gone: the note stays, marked as an orphan.
    session.server.page('/moving.html', html(paragraphs[2]!));
    await article.reload();
    await expect.poll(() => panel.locator('.anchor-status.orphan').count(), { timeout: 10_000 }).toBe(1);
    expect(await panel.locator('.note').count()).toBe(1);
    expect((await highlightSizes(article)).note).toBe(0);
    await screenshot(panel, 'sidepanel-orphan');
    await panel.close();
    await article.close();
  });
});
