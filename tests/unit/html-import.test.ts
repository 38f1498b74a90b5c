import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { importHtmlArticle, PageImportError } from '../../lib/corpus/html-import';
import { bylineAuthor, normalizeDate, pageMetadata } from '../../lib/corpus/page-metadata';
import { parseArticle, serializeArticle } from '../../lib/corpus/article';
import { foldText, toTraditionalChars } from '../../lib/text/convert';

const PAGES = join(__dirname, '../fixtures/saved-pages');
const options = { id: 'page-test', seed: null, repairs: [], foldLine: foldText, toTraditional: toTraditionalChars };
const load = (name: string) => importHtmlArticle(readFileSync(join(PAGES, name), 'utf8'), name, options);
const FURNITURE = /首页|快讯|相关阅读|通义千问降价|网友|评论|版权|熱門新聞|留言|回檔|Copyright|分享到|登入/;

describe('importing a saved web page', () => {
  it('takes the body and the <meta> metadata of a Simplified news page, leaving nav, related links and comments out', () => {
    const { article } = load('news-hans-meta.html');
    expect(article).toMatchObject({
      title: '火山引擎发布豆包大模型，价格比行业低99%',
      titleDerived: false,
      site: '36氪',
      author: '王小明',
      date: '2024-05-15T18:42',
      datePrecision: 'minute',
      url: 'https://example.com/p/123456',
      script: 'zh-Hans',
    });
    expect(article.dateSource).toContain('article:published_time');
    expect(article.paragraphs).toHaveLength(4);
    expect(article.paragraphs[0]).toMatch(/^5月15日，字节跳动旗下云服务平台火山引擎/);
    for (const p of article.paragraphs) expect(p).not.toMatch(FURNITURE);
  });

  it('reads JSON-LD (inside @graph, past a broken block) on a Traditional page, keeping a quoted paragraph', () => {
    const { article } = load('news-hant-jsonld.html');
    expect(article).toMatchObject({
      title: '輝達市值超越微軟，登上全球第一',
      titleDerived: false,
      site: 'iThome',
      author: '李大華',
      date: '2024-06-19T09:30',
      url: 'https://www.example.com.tw/news/163000',
      script: 'zh-Hant',
    });
    expect(article.dateSource).toBe('page metadata: JSON-LD datePublished');
    expect(article.paragraphs.at(-1)).toMatch(/^分析師認為/);
    for (const p of article.paragraphs) expect(p).not.toMatch(FURNITURE);
  });

  it('falls back to the byline for date and author, and derives a title only because the page has none', () => {
    const { article } = load('byline-only-hant.html');
    expect(article.date).toBe('2023-11-23T14:05');
    expect(article.dateSource).toMatch(/^byline: ".*2023年11月23日 14:05"$/);
    expect(article.author).toBe('陳美玲');
    expect(article.titleDerived).toBe(true);
    expect(article.title).toBe('OpenAI董事會在11月17日突然宣布解除奧特曼的執行長職務');
    expect(article.script).toBe('zh-Hant');
    expect(article.paragraphs).toHaveLength(3);
  });

  it('gives a clear error naming the file when the page has no article', () => {
    expect(() => load('no-article.html')).toThrow(PageImportError);
    expect(() => load('no-article.html')).toThrow(/^no-article\.html: no article found/);
  });

  it('refuses a page whose article is not Chinese', () => {
    const english = `<html><head><title>Chip news</title></head><body><article><p>${'Nvidia reported record data center revenue this quarter. '.repeat(8)}</p></article></body></html>`;
    expect(() => importHtmlArticle(english, 'english.html', options)).toThrow(
      /^english\.html: the article has 0 Chinese characters/,
    );
  });

  it('writes an article file that parses back unchanged', () => {
    const { article } = load('news-hant-jsonld.html');
    const file = serializeArticle(article);
    expect(parseArticle(file, 'page-test.md')).toEqual(article);
  });
});

describe('page metadata', () => {
  const doc = (head: string, body = '') =>
    parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;

  it('prefers <meta property="article:published_time"> over JSON-LD and says so', () => {
    const meta = pageMetadata(
      doc(
        '<meta property="article:published_time" content="2024-03-01T08:00:00+08:00"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-28"}</script>',
      ),
    );
    expect(meta.date).toBe('2024-03-01T08:00');
    expect(meta.dateSource).toContain('article:published_time');
  });

  it('strips the site name from a <title> and keeps a title without one whole', () => {
    expect(
      pageMetadata(doc('<title>阿里云发布百炼平台 | 數位時代</title><meta property="og:site_name" content="數位時代">'))
        .title,
    ).toBe('阿里云发布百炼平台');
    expect(pageMetadata(doc('<title>阿里云发布百炼平台_虎嗅网</title>')).title).toBe('阿里云发布百炼平台');
    expect(pageMetadata(doc('<title>阿里云发布百炼平台</title>')).title).toBe('阿里云发布百炼平台');
  });

  it('keeps a headline whole unless its tail names the site', () => {
    expect(pageMetadata(doc('<meta property="og:title" content="Qwen2_72B登顶开源榜 - 一文看懂">')).title).toBe(
      'Qwen2_72B登顶开源榜 - 一文看懂',
    );
    expect(
      pageMetadata(
        doc('<meta property="og:title" content="Qwen2登顶开源榜 - 36氪"><meta property="og:site_name" content="36氪">'),
      ).title,
    ).toBe('Qwen2登顶开源榜');
  });

  it('has no title, date or site when the page states none', () => {
    expect(pageMetadata(doc('', '<p>正文</p>'))).toEqual({
      title: null,
      site: null,
      author: null,
      authorIsEditor: false,
      date: null,
      dateSource: '',
      dateKind: 'none',
      url: null,
      accessibleForFree: null,
    });
  });

  it('reads a <time datetime> byline', () => {
    const meta = pageMetadata(
      doc('', '<div class="info">作者：张三 <time datetime="2024-04-17T09:15:00+08:00">昨天</time></div>'),
    );
    expect(meta).toMatchObject({ date: '2024-04-17T09:15', author: '张三' });
    expect(meta.dateSource).toContain('<time>');
  });
});

describe('dates and bylines as pages write them', () => {
  it.each([
    ['2024-03-05T10:20:00+08:00', '2024-03-05T10:20'],
    ['2024-03-05', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['发布于 2024年3月5日 9:05', '2024-03-05T09:05'],
    ['2024/3/5 21:30', '2024-03-05T21:30'],
    ['2024-13-01', null],
    ['三天前', null],
    ['2024年7月15日 星期一 08:30', '2024-07-15T08:30'],
    ['2024年5月26日（日）', '2024-05-26'],
    ['2024/03/09(週六) 05:30', '2024-03-09T05:30'],
  ])('%s → %s', (text, iso) => expect(normalizeDate(text)).toBe(iso));

  it.each([
    ['數位時代 記者 陳美玲 2023年11月23日', '陳美玲'],
    ['作者：王小明 2024-05-15', '王小明'],
    ['文｜李华', '李华'],
    ['文／林佳穎　2024/11/05 14:30', '林佳穎'],
    ['【記者張曉明報道】本地初創公司', '張曉明'],
    ['2024-05-15 36氪', null],
  ])('byline "%s" names %s', (line, name) => expect(bylineAuthor(line)).toBe(name));
});
