import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { pageEvidenceReaches, sectionOf, type Section } from '../../lib/page/section';

function sectionsOf(html: string): Record<string, Section> {
  const window = new Window();
  window.document.body.innerHTML = html;
  const out: Record<string, Section> = {};
  for (const p of window.document.querySelectorAll('p[id]')) out[p.id] = sectionOf(p.firstChild as unknown as Node);
  void window.happyDOM.close();
  return out;
}

describe('sectionOf', () => {
  it('reads tags: article and main are the body; aside, nav and footer are furniture', () => {
    expect(
      sectionsOf(
        '<nav><p id="n">首页</p></nav><main><article><p id="a">正文</p></article><aside><p id="s">早餐</p></aside></main><footer><p id="f">版权</p></footer><p id="plain">无标记</p>',
      ),
    ).toEqual({ n: 'nav', a: 'body', s: 'aside', f: 'footer', plain: 'body' });
  });

  it('reads ARIA roles', () => {
    expect(
      sectionsOf(
        '<div role="complementary"><p id="c">侧栏</p></div><div role="navigation"><p id="n">导航</p></div><div role="contentinfo"><p id="i">页脚</p></div><div role="main"><p id="m">正文</p></div>',
      ),
    ).toEqual({ c: 'aside', n: 'nav', i: 'footer', m: 'body' });
  });

  it('reads the class and id words sites use, whole words only', () => {
    expect(
      sectionsOf(
        '<div class="comment-list"><p id="c1">评论</p></div><div id="commentArea"><p id="c2">评论</p></div><div class="article-comments"><p id="c3">评论</p></div><div class="right_sidebar"><p id="s1">侧栏</p></div><div class="related-news"><p id="s2">相关</p></div><div class="site-footer"><p id="f">页脚</p></div><div class="article-content"><p id="b">正文</p></div><div class="commentator"><p id="x">不是评论</p></div>',
      ),
    ).toEqual({
      c1: 'comments',
      c2: 'comments',
      c3: 'comments',
      s1: 'aside',
      s2: 'aside',
      f: 'footer',
      b: 'body',
      x: 'body',
    });
  });

  it('lets the nearest ancestor decide: comments inside an article are comments, an article inside a sidebar is the body', () => {
    expect(
      sectionsOf(
        '<article><p id="a">正文</p><section class="comments"><p id="c">评论</p></section></article><aside><article><p id="inner">侧栏里的文章</p></article></aside>',
      ),
    ).toEqual({ a: 'body', c: 'comments', inner: 'body' });
  });

  it('looks through a shadow root to its host', () => {
    const window = new Window();
    window.document.body.innerHTML = '<aside><div id="host"></div></aside>';
    const shadow = window.document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>影子里的早餐</p>';
    expect(sectionOf(shadow.querySelector('p')!.firstChild as unknown as Node)).toBe('aside');
    void window.happyDOM.close();
  });

  it('lets page evidence reach only the body', () => {
    expect((['body', 'aside', 'nav', 'comments', 'footer'] as const).filter(pageEvidenceReaches)).toEqual(['body']);
  });
});
