/**
 * A large page of real-news-like text for the benchmarks and traces: the corpus articles as a
 * news site lays them out (navigation, headlines, bylines, paragraphs with links and bold
 * names, a sidebar of related links, comments), repeated until the page is `bytes` long.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../tests/browser/harness';

function articles(): Array<{ title: string; paragraphs: string[] }> {
  const dir = join(REPO_ROOT, 'corpus/articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const source = readFileSync(join(dir, f), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
      const title = /^title: (.*)$/m.exec(front)?.[1] ?? f;
      return {
        title,
        paragraphs: body
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean),
      };
    });
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function newsPage(bytes = 1_200_000): string {
  const all = articles();
  const nav = `<header><nav>${Array.from({ length: 40 }, (_, i) => `<a href="#s${i}">频道${i}</a>`).join(' ')}</nav></header>`;
  const parts: string[] = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    for (const { title, paragraphs } of all) {
      const body = paragraphs
        .map((p, i) => {
          const text = escape(p);
          // Some paragraphs carry inline markup, as edited articles do.
          if (i % 3 === 1) return `<p>${text.slice(0, 20)}<a href="#x">${text.slice(20, 30)}</a>${text.slice(30)}</p>`;
          if (i % 3 === 2) return `<p><strong>${text.slice(0, 12)}</strong>${text.slice(12)}</p>`;
          return `<p>${text}</p>`;
        })
        .join('\n');
      const related = `<aside><h3>相关阅读</h3><ul>${all.map((a) => `<li><a href="#r">${escape(a.title)}</a></li>`).join('')}</ul></aside>`;
      const comments = `<section class="comments"><h3>评论</h3>${Array.from({ length: 5 }, (_, i) => `<div class="comment"><span class="user">读者${round}${i}</span><p>说得好，期待后续报道。</p></div>`).join('')}</section>`;
      const html = `<article id="a${round}-${parts.length}"><h2>${escape(title)}</h2><p class="byline">科技频道 · 2024-06-0${(round % 9) + 1}</p>${body}${related}${comments}</article>`;
      parts.push(html);
      size += Buffer.byteLength(html);
      if (size >= bytes) break;
    }
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>科技新闻</title><style>body{font:16px/1.7 sans-serif;max-width:760px;margin:auto}aside{color:#555}</style></head><body>${nav}<main>${parts.join('\n')}</main><footer>版权所有</footer></body></html>`;
}
