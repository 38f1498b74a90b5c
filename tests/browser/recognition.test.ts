// Recognition on real pages in Chromium: which names are marked (read through CSS.highlights,
// which the page's own world can see), which must not be, dynamic content, shadow DOM, and a
// 1 MB page that must get no long task from the extension.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  pageMarks,
  reportedMentions,
  screenshot,
  settledStatus,
  useExtension,
  waitForContentScript,
  watchHealth,
  type PageMark,
} from './harness';

async function waitForMarks(page: Page, predicate: (m: PageMark[]) => boolean, timeout = 10_000): Promise<PageMark[]> {
  let last: PageMark[] = [];
  await expect.poll(async () => predicate((last = await pageMarks(page))), { timeout, interval: 100 }).toBe(true);
  return last;
}

describe('recognition in Chromium', () => {
  const session = useExtension();

  it('marks names in both scripts, across inline tags, longest first, at word boundaries', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.url('/recognition-mixed.html'));
    await waitForContentScript(page, session.ext.extensionId);
    await waitForMarks(page, (m) => m.some((x) => x.id === 'added') && m.some((x) => x.id === 'in-shadow'));
    // The content added later and the shadow root are marked, and nothing is left to do: the
    // blocks that must stay unmarked have been read.
    await settledStatus(page, session.ext.extensionId, (s) => s.phase === 'on');
    const found = await pageMarks(page);
    const texts = (id: string) => found.filter((m) => m.id === id).map((m) => m.text);

    expect(texts('split')).toEqual(expect.arrayContaining(['字节跳动', '豆包', '阿里云', '通义千问']));
    expect(texts('trad')).toEqual(expect.arrayContaining(['字節跳動', '阿里雲', '智譜']));
    expect(texts('latin')).toEqual(expect.arrayContaining(['OpenAI', 'Sora', 'OPPO']));
    expect(texts('latin')).not.toContain('360');
    expect(texts('latin').join('|')).not.toMatch(/Soraya|^Sora$.*Sora/);
    // 京东方 (BOE) is another company: it is never read as 京东 + 方.
    expect(texts('longest')).toEqual(['华为云', '华为', '文心一言', '文心', '京东']);
    expect(texts('blockers')).toEqual([]);
    expect(texts('redacted')).toEqual(expect.arrayContaining(['华为', '腾讯混元']));
    expect(texts('redacted').join('')).not.toContain('▇');
    expect(texts('draft')).toEqual([]);
    expect(texts('hidden')).toEqual([]);
    expect(texts('in-shadow')).toEqual(expect.arrayContaining(['MiniMax', '月之暗面']));
    expect(texts('added')).toEqual(['腾讯']);
    // Types get their own highlight: a person, a model and a company are told apart.
    expect(found.find((m) => m.text === '通义千问')?.type).toBe('model');
    expect(found.find((m) => m.text === '阿里云')?.type).toBe('company');
    // The page's own text is untouched: no element was added around the names.
    expect(await page.evaluate(() => document.getElementById('split')!.innerHTML)).toBe(
      '本周，字节<b>跳动</b>宣布旗下的<a href="#">豆包</a>用户数继续增长，阿里云则更新了通义千问。',
    );
    await screenshot(page, 'recognition-mixed');
    await page.close();
  });

  it('drops marks of removed content and marks replaced content', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.url('/recognition-mixed.html'));
    await waitForMarks(page, (m) => m.some((x) => x.id === 'longest'));
    await page.evaluate(() => {
      document.getElementById('longest')!.remove();
      document.getElementById('trad')!.textContent = '百度发布了文心一言。';
    });
    const after = await waitForMarks(
      page,
      (m) => !m.some((x) => x.id === 'longest') && m.some((x) => x.text === '百度'),
    );
    expect(after.filter((m) => m.id === 'trad').map((m) => m.text)).toEqual(['百度', '文心一言']);
    await page.close();
  });

  it('does nothing on a page that is not Chinese', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.url('/not-chinese.html'));
    // The script has looked at the page and waits for Chinese to arrive: it built nothing.
    const status = await settledStatus(page, session.ext.extensionId);
    expect(status.phase).toBe('waiting-for-chinese');
    expect(await pageMarks(page)).toEqual([]);
    expect(await page.locator('techlens-popover').count()).toBe(0);
    await page.close();
  });

  it('marks a 1 MB page, counting every name and drawing the marks near the viewport (main-thread time: npm run bench)', async () => {
    const paragraph =
      '据报道，字节跳动旗下的豆包与阿里云的通义千问都在扩大用户规模，百度的文心一言和腾讯混元也在追赶。OpenAI 的 Sora 让视频生成成为焦点，智谱与 MiniMax 完成了新一轮融资。这一段文字用于测试性能，重复很多次以构成一个很大的页面。';
    const count = Math.ceil(1_000_000 / paragraph.length);
    const paragraphs = Array.from({ length: count }, (_, i) => `<p id="p${i}">${paragraph}</p>`).join('\n');
    session.server.page(
      '/big.html',
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>大页面</title></head><body>${paragraphs}</body></html>`,
    );
    const page = await session.ext.context.newPage();
    const health = await watchHealth(page);
    await page.goto(session.server.url('/big.html'));
    // 11 names per paragraph: 字节跳动 豆包 阿里云 通义千问 百度 文心一言 腾讯混元 OpenAI Sora 智谱 MiniMax.
    await expect
      .poll(() => reportedMentions(session.ext, page.url()), { timeout: 60_000, interval: 500 })
      .toBe(count * 11);
    const drawn = await waitForMarks(page, (m) => m.some((x) => x.id === 'p0'));
    expect(drawn.filter((m) => m.id === 'p0').map((m) => m.text)).toEqual([
      '字节跳动',
      '豆包',
      '阿里云',
      '通义千问',
      '百度',
      '文心一言',
      '腾讯混元',
      'OpenAI',
      'Sora',
      '智谱',
      'MiniMax',
    ]);
    expect(drawn.length).toBeLessThan(count * 11);
    expect(health.errors).toEqual([]);
    await page.close();
  });
});
