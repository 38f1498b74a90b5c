import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { splitTitle, type TitleContext } from '../../lib/corpus/site-title';
import { pageMetadata } from '../../lib/corpus/page-metadata';

const context = (partial: Partial<TitleContext>): TitleContext => ({
  siteNames: [],
  bylineNames: [],
  sections: new Set(),
  shownHeadlines: [],
  ...partial,
});

describe('a site name or section after a title', () => {
  it.each([
    ['標題寫在這裡 - 自由財經', { siteNames: ['自由時報電子報', '自由財經'] }, '標題寫在這裡'],
    ['某公司完成新一轮融资_36氪', { siteNames: ['36氪'] }, '某公司完成新一轮融资'],
    // The site's own name is longer than the tail: 數位時代 of "數位時代 BusinessNext".
    ['一篇文章的標題｜數位時代', { siteNames: ['數位時代 BusinessNext'] }, '一篇文章的標題'],
    ['某公司发布新芯片 - 科技 - 某某网', { siteNames: ['某某网'], sections: new Set(['科技']) }, '某公司发布新芯片'],
    ['某某手表出货回暖_数码前线观察', { bylineNames: ['数码前线观察'] }, '某某手表出货回暖'],
  ])('headline %s', (title, partial, head) => {
    expect(splitTitle(title, context(partial), false).head).toBe(head);
  });

  it('keeps a headline tail that names neither the site nor a section', () => {
    expect(splitTitle('专访 - 某某CEO：我们不打价格战', context({ siteNames: ['某某网'] }), false).head).toBe(
      '专访 - 某某CEO：我们不打价格战',
    );
  });

  it("keeps a <title>'s short tail that the page's shown headline carries", () => {
    const shown = context({ shownHeadlines: ['华为发布Mate 70 - 鸿蒙终于独立了'] });
    expect(splitTitle('华为发布Mate 70 - 鸿蒙终于独立了 - 某某网', shown, true)).toEqual({
      head: '华为发布Mate 70 - 鸿蒙终于独立了',
      tails: ['某某网'],
    });
    // Without the shown headline a <title>'s short tail is taken for a channel, as pages write them.
    expect(splitTitle('华为发布Mate 70 - 鸿蒙终于独立了', context({}), true).head).toBe('华为发布Mate 70');
  });

  it('never strips a site name the shown headline itself opens with', () => {
    const shown = context({ siteNames: ['36氪'], shownHeadlines: ['36氪独家｜某公司完成新一轮融资'] });
    expect(splitTitle('36氪独家｜某公司完成新一轮融资-36氪', shown, true).head).toBe('36氪独家｜某公司完成新一轮融资');
  });
});

describe('page titles read with the page', () => {
  const meta = (head: string, body: string) =>
    pageMetadata(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document);

  it("strips a section named in the page's navigation from og:title", () => {
    const page = meta(
      '<title>某某新晶片拚AI手機 - 財經 - 某某新聞網</title><meta property="og:title" content="某某新晶片拚AI手機 - 財經"><meta property="og:site_name" content="某某新聞網">',
      '<nav><a href="/money">財經</a><a href="/tech">科技</a></nav><h1>某某新晶片拚AI手機</h1>',
    );
    expect(page).toMatchObject({ title: '某某新晶片拚AI手機', site: '某某新聞網' });
  });

  it("strips the name the page's logo shows when no site name is stated", () => {
    const page = meta(
      '<meta property="og:title" content="某公司完成融资_某某氪">',
      '<a class="logo" href="/">某某氪</a><h1>某公司完成融资</h1>',
    );
    expect(page.title).toBe('某公司完成融资');
  });

  it("does not take a real title's second half for the site", () => {
    const page = meta(
      '<title>某某发布新平板 - 性能提升三成</title><meta property="og:title" content="某某发布新平板 - 性能提升三成">',
      '<h1>某某发布新平板 - 性能提升三成</h1>',
    );
    expect(page).toMatchObject({ title: '某某发布新平板 - 性能提升三成', site: null });
  });
});

describe("a site's English name glued to its Chinese one", () => {
  it('drops the alias so the Chinese name is the first tail', () => {
    expect(splitTitle('某手机突然开售，支持卫星通话_10%公司_某某新闻-The Paper', context({}), true)).toEqual({
      head: '某手机突然开售，支持卫星通话',
      tails: ['某某新闻', '10%公司'],
    });
  });

  it('keeps a Latin word after a bare hyphen when no other separator marks a tail', () => {
    expect(splitTitle('某公司发布视频模型-Sora', context({}), true).head).toBe('某公司发布视频模型-Sora');
  });
});
