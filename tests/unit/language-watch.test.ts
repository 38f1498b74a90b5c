// @vitest-environment happy-dom
/**
 * Client-rendered pages: the language check runs again when content arrives or `lang` changes,
 * and stops when the content script goes away.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { whenChinese } from '../../lib/page/language-watch';

const CHINESE = '据报道，字节跳动旗下的豆包与阿里云的通义千问都在扩大用户规模。';

afterEach(() => {
  document.documentElement.lang = '';
  document.body.innerHTML = '';
});

describe('waiting for a page to turn out Chinese', () => {
  it('answers at once for a page that is Chinese already', async () => {
    document.documentElement.lang = 'zh-CN';
    document.body.innerHTML = `<p>${CHINESE}</p>`;
    expect(await whenChinese(document, new AbortController().signal)).toContain('字节跳动');
  });

  it('waits on an English shell until the Chinese article arrives', async () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = '<nav>Home News Tech About Login Subscribe</nav><div id="app">Loading…</div>';
    const waiting = whenChinese(document, new AbortController().signal);
    document.getElementById('app')!.innerHTML = `<article><p>${CHINESE}</p><p>${CHINESE}</p></article>`;
    expect(await waiting).toContain('通义千问');
  });

  it('answers when the page sets lang="zh" later', async () => {
    document.body.innerHTML = '<p>Loading</p>';
    const waiting = whenChinese(document, new AbortController().signal);
    document.documentElement.lang = 'zh-Hant';
    expect(await waiting).not.toBeNull();
  });

  it('gives up with null when the content script goes away first', async () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = '<p>An English page that stays English.</p>';
    const controller = new AbortController();
    const waiting = whenChinese(document, controller.signal);
    controller.abort();
    expect(await waiting).toBeNull();
  });
});
