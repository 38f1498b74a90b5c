// The popover in Chromium: hover intent opens it with the entity's claims and sources, leaving
// closes it, Esc closes it, nothing on the page covers it, and a hostile stylesheet cannot
// break it. Screenshots go to test-results/screenshots.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hoverMark, pageMarks, screenshot, settledHover, settledStatus, useExtension } from './harness';

/** The popover's state, read through the open shadow root of our host element. */
function popoverState(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('techlens-popover');
    const popover = host?.shadowRoot?.querySelector<HTMLElement>('.popover');
    if (!popover)
      return {
        open: false,
        text: '',
        rect: null as null | { x: number; y: number; width: number; height: number },
        topElement: '',
      };
    const open = popover.matches(':popover-open');
    const r = popover.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 40));
    return {
      open,
      text: popover.innerText,
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
      topElement: hit?.tagName.toLowerCase() ?? '',
    };
  });
}

async function hoverAndWait(page: Page, name: string) {
  await hoverMark(page, name);
  await expect.poll(async () => (await popoverState(page)).open, { timeout: 5_000 }).toBe(true);
  await expect.poll(async () => (await popoverState(page)).text, { timeout: 5_000 }).toMatch(/语料|語料/);
  return popoverState(page);
}

describe('popover in Chromium', () => {
  const session = useExtension({ locale: 'zh-CN' });

  it('opens on hover over a Simplified name with its claims and sources, and closes when the pointer leaves', async () => {
    const page = await session.ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(session.server.url('/recognition-mixed.html'));
    const state = await hoverAndWait(page, '字节跳动');
    expect(state.text).toContain('字节跳动');
    expect(state.text).toContain('ByteDance');
    expect(state.text).toContain('PixelDance');
    expect(state.text).toMatch(/国内大厂押注AI这么久/);
    expect(state.text).toMatch(/在侧栏查看/);
    await screenshot(page, 'popover-hans');
    await page.mouse.move(5, 790);
    await expect.poll(async () => (await popoverState(page)).open, { timeout: 3_000 }).toBe(false);
    await page.close();
  });

  it('marks a document written in title marks, marks and owner included, and opens its card', async () => {
    const page = await session.ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(session.server.url('/document-titles.html'));
    const state = await hoverAndWait(page, '歐盟《人工智慧法案》');
    // The card's script follows the page's majority (this page mixes both).
    expect(state.text).toMatch(/[欧歐]盟AI法案/);
    expect(state.text).toContain('EU AI Act');
    // The whole page read, late uses of the declared short name included, before any absence is checked.
    await settledStatus(page, session.ext.extensionId, (s) => s.phase === 'on');
    const marks = await pageMarks(page);
    const texts = (id: string) => marks.filter((m) => m.id === id).map((m) => m.text);
    // Split by an inline tag, still one mark covering owner and marks.
    expect(texts('owner-hant')).toEqual(['歐盟《人工智慧法案》']);
    expect(texts('whole-hant')).toEqual(['《生成式人工智慧服務管理暫行辦法》']);
    expect(texts('owner-hans')).toEqual(['欧盟的《人工智能法案》', '国家网信办', '《生成式人工智能服务管理暂行办法》']);
    // A short name the page declares is the document from its declaration on; the bare word is not.
    expect(texts('declared')).toEqual(['《生成式人工智慧服務管理暫行辦法》', '《辦法》', '《辦法》']);
    // A title several jurisdictions share is no one's without its owner.
    expect(texts('bare')).toEqual([]);
    expect(marks.find((m) => m.id === 'whole-hant')?.type).toBe('regulation');
    await screenshot(page, 'popover-document-title');
    await page.close();
  });

  it('stays open while the pointer is on it, and Esc closes it', async () => {
    const page = await session.ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(session.server.url('/recognition-mixed.html'));
    const state = await hoverAndWait(page, '阿里云');
    const rect = state.rect!;
    await page.mouse.move(rect.x + rect.width / 2, rect.y + 20, { steps: 5 });
    // The pointer on the card is judged and no closing is under way: it stays open.
    expect((await settledHover(page, session.ext.extensionId)).hover!.shown).toBe(true);
    expect((await popoverState(page)).open).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await popoverState(page)).open, { timeout: 2_000 }).toBe(false);
    await page.close();
  });

  it('shows corpus text in the page script (Traditional here), interface words in the browser language', async () => {
    const page = await session.ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(session.server.url('/zh-hant-basic.html'));
    const state = await hoverAndWait(page, '字節跳動');
    expect(state.text).toContain('字節跳動');
    expect(state.text).toContain('推出了文生視頻模型PixelDance');
    // This browser runs in zh-CN: the card's own labels are Simplified.
    expect(state.text).toContain('语料中的说法');
    expect(state.text).not.toContain('字节跳动');
    await screenshot(page, 'popover-hant');
    await page.close();
  });

  it('is not covered by a top-most header and survives a hostile stylesheet', async () => {
    const page = await session.ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(session.server.url('/hostile.html'));
    const state = await hoverAndWait(page, '字节跳动');
    // The top layer is above any z-index: the element at the popover's center is our host.
    expect(state.topElement).toBe('techlens-popover');
    expect(state.rect!.width).toBeGreaterThan(300);
    expect(state.rect!.width).toBeLessThan(400);
    expect(state.text).toContain('字节跳动');
    await screenshot(page, 'popover-hostile');
    await page.close();
  });

  it('shows text that looks like markup as text', async () => {
    const page = await session.ext.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(session.server.url('/hostile.html'));
    await hoverAndWait(page, 'OpenAI');
    const images = await page.evaluate(
      () => document.querySelector('techlens-popover')!.shadowRoot!.querySelectorAll('img').length,
    );
    expect(images).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('makes no network request while reading and hovering', () => {
    expect(session.ext.network.requests).toEqual([]);
  });
});
