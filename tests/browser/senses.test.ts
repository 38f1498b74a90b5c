// Senses on pages with furniture: an ambiguous name is decided where it is (sentence, paragraph,
// section), so an article's evidence never marks 豆包 in a breakfast sidebar or a comment, and a
// page full of tech names still marks none of the everyday senses beside them.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageMarks, screenshot, settledStatus, useExtension, waitForContentScript, type PageMark } from './harness';

async function waitForMarks(page: Page, predicate: (m: PageMark[]) => boolean, timeout = 10_000): Promise<PageMark[]> {
  let last: PageMark[] = [];
  await expect.poll(async () => predicate((last = await pageMarks(page))), { timeout, interval: 100 }).toBe(true);
  return last;
}

describe('senses in Chromium', () => {
  const session = useExtension();

  it('marks 豆包 in the article about the model, not in the breakfast aside or the comments', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.url('/senses-news.html'));
    await waitForContentScript(page, session.ext.extensionId);
    // a3 has no cue of its own: the article's evidence marks it. comment2 is the last block with
    // a mark: once it is marked, every block before it has been scanned.
    await waitForMarks(page, (m) => m.some((x) => x.id === 'a3') && m.some((x) => x.id === 'comment2'));
    // And nothing left to do: an ambiguous mention held for evidence would be marked by now.
    await settledStatus(page, session.ext.extensionId, (s) => s.phase === 'on');
    const found = await pageMarks(page);
    const texts = (id: string) => found.filter((m) => m.id === id).map((m) => m.text);
    expect(texts('a1')).toEqual(['字节跳动', '豆包大模型', '火山引擎']);
    expect(texts('a2')).toEqual(['豆包']);
    expect(texts('a3')).toEqual(['豆包']);
    expect(texts('breakfast')).toEqual([]);
    expect(texts('shop')).toEqual([]);
    expect(texts('comment1')).toEqual([]);
    // A comment that names the model unambiguously is still marked.
    expect(texts('comment2')).toEqual(['豆包大模型']);
    await screenshot(page, 'senses-news');
    await page.close();
  });

  it('marks every name and none of the traps on a mixed page', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.url('/senses-mixed.html'));
    await waitForContentScript(page, session.ext.extensionId);
    // The last paragraph has a name: once it is marked, every trap before it has been scanned.
    await waitForMarks(page, (m) => m.some((x) => x.id === 'name-last'));
    await settledStatus(page, session.ext.extensionId, (s) => s.phase === 'on');
    const found = await pageMarks(page);
    const texts = (id: string) => found.filter((m) => m.id === id).map((m) => m.text);
    // Taiwan forms of three gazetteer names (台積電 since the gazetteer grew in the eighth session).
    expect(texts('name-regional')).toEqual(['輝達', '台積電', '紅杉中國']);
    expect(texts('name-version')).toEqual(['阿里', 'Qwen2.5-Max', 'Qwen3', 'OpenAI', 'GPT-4o']);
    expect(texts('name-forms')).toEqual(['豆包App', '夸克浏览器', 'Kimi智能助手', '百度公司']);
    expect(texts('name-investor')).toEqual(['红杉', '京东']);
    expect(texts('name-last')).toEqual(['腾讯']);
    expect(found.find((m) => m.text === 'Qwen3')?.type).toBe('model');
    expect(found.filter((m) => m.id.startsWith('trap-'))).toEqual([]);
    await screenshot(page, 'senses-mixed');
    await page.close();
  });
});
