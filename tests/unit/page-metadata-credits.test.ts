import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { pageMetadata } from '../../lib/corpus/page-metadata';

const LEAD =
  '<p>某公司今天发布了新一代手机，这是该公司时隔三年再次推出旗舰机型，首批产品在开售后一分钟内售罄，多个渠道显示缺货。</p>';
const page = (head: string, body: string) =>
  pageMetadata(
    parseHTML(`<html><head><title>标题</title>${head}</head><body><h1>标题</h1>${body}</body></html>`).document,
  );

describe('a reporter or writer credit line above the lead', () => {
  it('names the author from an outlet reporter line, and dates the page from a bare timestamp', () => {
    const meta = page(
      '',
      `<div><span>某某新闻记者 林悦</span></div><div><span>2023-08-29 18:46</span><span>来源：某某新闻</span></div>${LEAD}`,
    );
    expect(meta.author).toBe('林悦');
    expect(meta.date).toBe('2023-08-29T18:46');
  });

  it('names the writers of an editor line when the stated author is the outlet itself', () => {
    const ld = {
      '@type': 'NewsArticle',
      headline: '标题',
      author: { '@type': 'Organization', name: '某某之心' },
      publisher: { '@type': 'Organization', name: '某某之心' },
    };
    const head = `<script type="application/ld+json">${JSON.stringify(ld)}</script>`;
    expect(page(head, `<p>某某之心报道</p><p>编辑：杜伟、小舟</p>${LEAD}`).author).toBe('杜伟、小舟');
  });

  it('prefers the writer to the editor, and never takes an editor line under the lead', () => {
    expect(page('', `<p>文｜周某</p><p>编辑｜苏某</p>${LEAD}`).author).toBe('周某');
    expect(page('', `${LEAD}<p>编辑：王五</p>`).author).toBeNull();
  });

  it('takes no date from a dated sentence and no author from a sentence about reporters', () => {
    const meta = page(
      '',
      `<p>澎湃新闻记者注意到，开售后多个渠道显示缺货。</p><p>2023年8月29日，某公司发布新手机。</p>${LEAD}`,
    );
    expect(meta.author).toBeNull();
    expect(meta.date).toBeNull();
  });
});

describe("a post's writer and date in a community page's byline", () => {
  const profile = (name: string) => `<a href="https://example.com/u/8152033417">${name}</a>`;

  it('names the writer from the profile link beside the headline, and dates the post from "发布于"', () => {
    const meta = pageMetadata(
      parseHTML(
        `<html><head><title>标题 - 某某</title></head><body><div class="bar">${profile('读者本人')}</div>` +
          `<div class="container"><div class="card">${profile('慢牛老陈')}<a href="#">+ 关注</a></div>` +
          `<article><h1>标题</h1><div class="from"><a href="#">发布于2024-04-29 21:36</a> · 来自某某</div>${LEAD}</article></div></body></html>`,
      ).document,
    );
    expect(meta).toMatchObject({ author: '慢牛老陈', date: '2024-04-29T21:36' });
  });

  it("takes no name from the site's bar, a menu or a comment, and no date from a sentence about a launch", () => {
    const meta = pageMetadata(
      parseHTML(
        `<html><head><title>标题</title></head><body><div class="wrap"><header>${profile('读者本人')}</header>` +
          `<nav>${profile('某栏目')}</nav><article><h1>标题</h1>${LEAD}<p>该手机发布于2023年9月，首批很快售罄。</p></article>` +
          `<div class="comment-list">${profile('某网友')}<p>写得好。</p></div></div></body></html>`,
      ).document,
    );
    expect(meta).toMatchObject({ author: null, date: null });
  });

  it("takes the writer's link from the article's own header, which holds the headline", () => {
    const meta = pageMetadata(
      parseHTML(
        `<html><head><title>标题</title></head><body><div class="site-header">${profile('读者本人')}</div>` +
          `<article><div class="post-header"><h1>标题</h1>${profile('周某某')}</div>${LEAD}</article></body></html>`,
      ).document,
    );
    expect(meta.author).toBe('周某某');
  });
});

describe('an editor credit and a wire dateline', () => {
  it('marks an author taken only from an editor credit, and not one from a writer credit', () => {
    expect(page('', `<div><span>某某社</span> <span>编辑：孙某某</span></div>${LEAD}`)).toMatchObject({
      author: '孙某某',
      authorIsEditor: true,
    });
    expect(page('', `<p>文｜周某</p>${LEAD}`)).toMatchObject({ author: '周某', authorIsEditor: false });
  });
});
