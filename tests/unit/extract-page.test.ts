import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { extractPage, paywallSignal } from '../../lib/library/extract-page';
import { urlDate } from '../../lib/corpus/page-metadata';
import { MAX_PAGE_BYTES } from '../../lib/library/model';
import type { SaveRefusal } from '../../lib/library/refusal';
import { describeRefusal } from '../../lib/library/refusal';
import { refusalText } from '../../lib/ui/library-refusal';
import { translator } from '../../lib/ui/strings';
import { frequentCharConverters, scriptEvidence } from '../../lib/text/script-detect';
import { foldText, toTraditionalChars } from '../../lib/text/convert';
import { leadAuthor } from '../../lib/corpus/article-text';
import { pageMetadata } from '../../lib/corpus/page-metadata';
import { readCorpusSources } from '../../lib/corpus/load';

const PAGES = join(__dirname, '../fixtures/saved-pages');
const html = (name: string) => readFileSync(join(PAGES, name), 'utf8');
const linkedomDoc = (source: string) => parseHTML(source).document;
const URL = 'https://news.example.com/tech/article-88.html?utm_source=weibo&b=2&a=1#comments';

function extract(name: string, url = URL) {
  const result = extractPage(linkedomDoc(html(name)), url);
  if (!result.ok) throw new Error(`${name} refused: ${describeRefusal(result.refusal)}`);
  return result.page;
}
const refusal = (name: string, url = URL) => {
  const result = extractPage(linkedomDoc(html(name)), url);
  return result.ok ? null : result.refusal;
};
// Page furniture none of the fixtures' article bodies contain.
const FURNITURE =
  /首页|首頁|相关|相關|延伸閱讀|热门|網友|网友评论|留言|版权|版權|Copyright|微博|微信|下一页|登入|责任编辑|仅代表作者|標籤/;

describe('extracting the article from a live page', () => {
  it("dates a page with no stated date as the corpus import does: the Central News Agency code, the dateline's day", () => {
    const cna = extract('sites/cna-nometa-hant.html', 'https://www.cna.com.tw/news/afe/1.aspx');
    expect(cna).toMatchObject({ published: '2024-12-27', dateSource: 'sign-off' });
    const reprint = extract('sites/cna-wordpress-hant.html', 'https://kejidao.tw/2024/11/export-orders-ai-servers/');
    expect(reprint).toMatchObject({ published: '2024-11-20', dateSource: 'dateline' });
    const ltn = extract('sites/ltn-promo-hant.html', 'https://ec.ltn.com.tw/article/breakingnews/4873101');
    expect(ltn).toMatchObject({ published: null, dateSource: 'none' });
    expect(ltn.paragraphs.join('\n')).not.toMatch(/APP|LINE|電子報|活動辦法/);
  });

  it('reads a Simplified page: <time> date, reporter byline, title without channel and site, furniture left out', () => {
    const page = extract('layout-hans-time-comments.html');
    expect(page).toMatchObject({
      url: 'https://news.example.com/tech/article-88.html?a=1&b=2',
      title: '澜舟机器人完成C轮融资 估值超百亿元',
      titleDerived: false,
      site: '示例财经网',
      author: '赵思远',
      published: '2025-03-18T09:15',
      dateSource: 'time-element',
      script: 'hans',
    });
    expect(page.paragraphs).toHaveLength(5);
    expect(page.paragraphs[0]).toMatch(/^3月18日，人形机器人公司澜舟机器人/);
    for (const p of page.paragraphs) expect(p).not.toMatch(FURNITURE);
  });

  it('reads a Traditional page: og metadata, a <time> written as text, a 文／ byline', () => {
    const page = extract('layout-hant-time-text.html');
    expect(page).toMatchObject({
      title: '雲湧半導體推出首款車用AI晶片',
      site: '範例科技報',
      author: '林佳穎',
      published: '2024-11-05T14:30',
      dateSource: 'time-element',
      script: 'hant',
    });
    expect(page.paragraphs).toHaveLength(4);
    for (const p of page.paragraphs) expect(p).not.toMatch(FURNITURE);
  });

  it('takes dates from <meta>, JSON-LD, a byline, and last from the address', () => {
    expect(extract('news-hans-meta.html')).toMatchObject({ published: '2024-05-15T18:42', dateSource: 'meta' });
    expect(extract('news-hant-jsonld.html')).toMatchObject({ published: '2024-06-19T09:30', dateSource: 'json-ld' });
    expect(extract('byline-only-hant.html')).toMatchObject({ published: '2023-11-23T14:05', dateSource: 'byline' });
    expect(extract('flash-with-newsletter.html')).toMatchObject({ published: '2025-02-20T16:40', dateSource: 'meta' });
    expect(extract('layout-url-date-only.html', 'https://example.cn/news/2024/0520/88.html')).toMatchObject({
      published: '2024-05-20',
      dateSource: 'url',
      site: 'example.cn',
    });
    expect(extract('layout-url-date-only.html', 'https://example.cn/news/88.html')).toMatchObject({
      published: null,
      dateSource: 'none',
    });
  });

  it('derives a title only when the page has none, and says so', () => {
    expect(extract('byline-only-hant.html')).toMatchObject({ titleDerived: true, author: '陳美玲', script: 'hant' });
  });

  it('never changes the page it reads', () => {
    const document = linkedomDoc(html('layout-hans-time-comments.html'));
    const before = document.documentElement.outerHTML;
    expect(extractPage(document, URL).ok).toBe(true);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('works the same on a second DOM implementation (happy-dom)', () => {
    const window = new Window({ url: 'https://news.example.com/' });
    window.document.write(html('layout-hant-time-text.html'));
    const document = window.document as unknown as Document;
    const before = document.documentElement.outerHTML;
    const result = extractPage(document, URL);
    expect(result).toEqual({ ok: true, page: extract('layout-hant-time-text.html') });
    expect(document.documentElement.outerHTML).toBe(before);
    void window.happyDOM.close();
  });
});

describe('pages that are not saved', () => {
  it('refuses index, list and error pages as having no article', () => {
    for (const name of ['no-article.html', 'list-page-hans.html', 'error-404-hant.html'])
      expect(refusal(name), name).toMatchObject({ code: 'noArticle' });
  });

  it('refuses a paywalled teaser, whether the page says so in its text, its markup or JSON-LD', () => {
    expect(refusal('paywall-hans-prompt.html')).toMatchObject({ code: 'paywalled' });
    expect(refusal('paywall-hant-jsonld.html')).toMatchObject({
      code: 'paywalled',
      signal: 'JSON-LD isAccessibleForFree: false',
    });
    expect(refusal('paywall-hant-text.html')).toMatchObject({ code: 'paywalled', signal: 'text: 订阅后即可阅读全文' });
  });

  it('does not take a newsletter box or a story about paid users for a paywall', () => {
    expect(extract('flash-with-newsletter.html').paragraphs[0]).toMatch(/^北辰资本2月20日/);
    const { toSimplified } = frequentCharConverters();
    const story = linkedomDoc(
      '<body><p>該平台付費用戶突破一千萬，會員收入成長三成。</p><div class="subscribe">訂閱電子報</div></body>',
    );
    expect(paywallSignal(story, null, toSimplified)).toBeNull();
    expect(paywallSignal(story, false, toSimplified)).toBe('JSON-LD isAccessibleForFree: false');
  });

  it('refuses pages that are not web pages', () => {
    for (const url of [
      'chrome://newtab/',
      'file:///home/a.html',
      'javascript:alert(1)',
      'chrome-extension://x/reader.html',
      '',
    ])
      expect(extractPage(linkedomDoc(html('news-hans-meta.html')), url)).toEqual({
        ok: false,
        refusal: { code: 'notWebPage' },
      });
  });

  it('refuses a page over the size limit before reading it (no copy is made)', () => {
    const big = linkedomDoc(
      `<html><body><article><p>${'字节跳动发布新模型。'.repeat(200_000)}</p></article></body></html>`,
    );
    const clone = vi.spyOn(big, 'cloneNode');
    const result = extractPage(big, URL);
    expect(result).toMatchObject({ ok: false, refusal: { code: 'tooLarge', limit: MAX_PAGE_BYTES } });
    expect(!result.ok && result.refusal.code === 'tooLarge' && result.refusal.bytes).toBeGreaterThan(MAX_PAGE_BYTES);
    expect(clone).not.toHaveBeenCalled();
    expect(extractPage(linkedomDoc(html('news-hans-meta.html')), URL, { maxBytes: 1000 })).toMatchObject({
      ok: false,
      refusal: { code: 'tooLarge', limit: 1000 },
    });
  });

  it('refuses an article that is not Chinese', () => {
    const english = `<html><head><title>Chip news</title></head><body><article><p>${'Nvidia reported record data center revenue this quarter. '.repeat(8)}</p></article></body></html>`;
    expect(extractPage(linkedomDoc(english), URL)).toMatchObject({ ok: false, refusal: { code: 'notChinese' } });
  });

  it('words every refusal for the reader in each locale', () => {
    const refusals: SaveRefusal[] = [
      { code: 'notWebPage' },
      { code: 'tooLarge', bytes: 6 * 1024 * 1024, limit: MAX_PAGE_BYTES },
      { code: 'noArticle', chars: 10 },
      { code: 'paywalled', chars: 50, signal: 'markup: paywall' },
      { code: 'notChinese', hanChars: 0 },
      { code: 'duplicate', by: 'url', existingId: 'lib:1', existingTitle: '澜舟机器人完成C轮融资' },
      { code: 'duplicate', by: 'text', existingId: 'lib:1', existingTitle: '澜舟机器人完成C轮融资' },
      { code: 'quota' },
      { code: 'writeFailed', detail: 'AbortError' },
    ];
    const zh = translator('zh_CN');
    expect(refusalText(zh, refusals[1]!)).toBe('页面太大，无法收入资料库（6.0 MB，上限 5 MB）。');
    expect(refusalText(zh, refusals[5]!)).toBe('资料库里已有这篇文章：“澜舟机器人完成C轮融资”。');
    for (const locale of ['en', 'zh_CN', 'zh_TW'] as const) {
      const texts = refusals.map((r) => refusalText(translator(locale), r));
      expect(new Set(texts).size).toBe(refusals.length);
      for (const text of texts) expect(text).not.toMatch(/\{\d\}/);
    }
    for (const r of refusals) expect(describeRefusal(r)).not.toBe('');
  });
});

describe('dates in addresses', () => {
  it.each([
    ['https://a.cn/2024-05-20/x.html', '2024-05-20'],
    ['https://a.cn/news/20240520/123.shtml', '2024-05-20'],
    ['https://a.cn/2024/05/20/slug', '2024-05-20'],
    ['https://a.cn/c/2024/0520/88.html', '2024-05-20'],
    ['https://a.cn/p/2024133112', null],
    ['https://a.cn/p/123456', null],
    ['https://a.cn/?d=20240520', null],
  ])('%s → %s', (url, date) => expect(urlDate(url)).toBe(date));
});

describe('metadata and body rules', () => {
  const doc = (head: string, body: string) =>
    linkedomDoc(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  const lead =
    '星河智能今天发布新一代模型，称其推理速度比上一代提高一倍，已向首批企业客户开放测试，正式版预计下月上线。';

  it('takes the author from author markup (rel, itemprop, vcard) when no meta names one', () => {
    for (const markup of [
      '<a rel="author" href="/u/1">李雷</a>',
      '<span itemprop="author">韩梅梅</span>',
      '<span class="author vcard"><a class="fn">Li Lei</a></span>',
    ])
      expect(pageMetadata(doc('', markup)).author, markup).toMatch(/^(李雷|韩梅梅|Li Lei)$/);
    // Markup holding more than a name is not taken for one.
    expect(pageMetadata(doc('', '<span itemprop="author">本文由某某科技原创，转载请联系</span>')).author).toBeNull();
  });

  it('picks the site among <title> tails by the home link or logo', () => {
    expect(
      pageMetadata(doc('<title>标题很长的一篇新闻 - 范例日报 - 科技</title>', '<a href="/">范例日报</a>')).site,
    ).toBe('范例日报');
    expect(pageMetadata(doc('<title>标题很长的一篇新闻_科技频道_示例网</title>', '')).site).toBe('示例网');
  });

  it('names the reporter of a lead only after a reporter label', () => {
    expect(leadAuthor([`【记者张晓明报道】${lead}`])).toBe('张晓明');
    expect(leadAuthor([`新华社北京3月5日电（记者 李四）${lead}`])).toBe('李四');
    expect(leadAuthor([`本文作者认为，中文大模型的竞争才刚开始。${lead}`])).toBeNull();
  });

  it('leaves platform furniture out of the text', () => {
    const page = extractPage(
      doc(
        '<title>星河智能发布新模型</title>',
        `<article><p>${lead}</p><p>${lead}</p><p>- END -</p><p>点击上方蓝字关注我们</p><p>往期推荐</p><p>（责任编辑：刘洋）</p></article>`,
      ),
      URL,
    );
    expect(page.ok && page.page.paragraphs).toEqual([lead, lead]);
  });

  it('refuses a channel page whose headlines are links over unlinked summaries', () => {
    const items = Array.from(
      { length: 4 },
      (_, i) => `<div class="item"><h2><a href="/a/${i}">第${i}条新闻标题</a></h2><p>${lead}</p></div>`,
    ).join('');
    expect(extractPage(doc('<title>频道</title>', `<div class="feed">${items}</div>`), URL)).toMatchObject({
      ok: false,
      refusal: { code: 'noArticle' },
    });
    // An article with linked subheadings below the limit is still an article.
    const article = `<article><h2><a href="#a">一</a></h2><p>${lead}</p><h2><a href="#b">二</a></h2><p>${lead}</p></article>`;
    expect(extractPage(doc('<title>星河智能发布新模型</title>', article), URL).ok).toBe(true);
  });
});

describe('script detection with the frequent-character table', () => {
  it('agrees with opencc on every paragraph of the saved-page fixtures and the corpus', () => {
    const { toSimplified, toTraditional } = frequentCharConverters();
    const paragraphs = [
      ...readCorpusSources(join(__dirname, '../../corpus')).articles.flatMap((a) => a.source.split('\n')),
      ...readdirSync(PAGES)
        .filter((f) => f.endsWith('.html'))
        .flatMap((f) => parseHTML(html(f)).document.body.textContent.split('\n')),
    ].filter((p) => (p.match(/\p{Script=Han}/gu)?.length ?? 0) >= 20);
    expect(paragraphs.length).toBeGreaterThan(100);
    const disagreements = paragraphs.filter((p) => {
      const small = scriptEvidence(p, toSimplified, toTraditional);
      const full = scriptEvidence(p, foldText, toTraditionalChars);
      return small.traditionalOnly > small.simplifiedOnly !== full.traditionalOnly > full.simplifiedOnly;
    });
    expect(disagreements).toEqual([]);
  });
});

describe('hostile pages', () => {
  it('keeps scripts, styles and frames out of the text, and markup written as text stays inert text', () => {
    const lead =
      '星河智能今天发布新一代模型，称其推理速度比上一代提高一倍，已向首批企业客户开放测试，正式版预计下月上线。';
    const page = extractPage(
      linkedomDoc(
        `<!doctype html><html><head><title>星河智能发布新模型</title><script>window.steal = 1</script></head><body><article>
        <p>${lead}</p><script>document.cookie = "x"; alert(1)</script><style>p{color:red}</style>
        <iframe srcdoc="<p>框架里的文字</p>"></iframe><noscript><img src="https://tracker.example/p.png"></noscript>
        <p>${lead}&lt;img src=x onerror=alert(2)&gt;</p><p onclick="alert(3)">${lead}</p></article></body></html>`,
      ),
      URL,
    );
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    const text = page.page.paragraphs.join('\n');
    expect(text).not.toMatch(/alert\(1\)|cookie|color:red|框架里的文字|tracker|alert\(3\)/);
    expect(page.page.paragraphs).toHaveLength(3);
    // A tag written as text is cut by the cleaner, as for imports (it is never parsed either way).
    expect(page.page.paragraphs[1]).toBe(lead);
  });
});
