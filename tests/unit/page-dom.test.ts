// @vitest-environment happy-dom
/**
 * The page logic that needs a DOM but no layout: which mark is under a point (the caret and the
 * mark's rects stubbed, as happy-dom has no layout), the quote around a mention or a selection,
 * and the page text that note quotes are anchored in.
 */
import './page-dom-fakes';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markAtPoint } from '../../lib/page/hit-test';
import type { MarkedMention } from '../../lib/page/marks';
import { quoteAround, quoteOfRange } from '../../lib/page/quote';
import { offsetOf, pageText, rangeFor } from '../../lib/page/page-text';

const noLayout = { isHidden: (e: Element) => e.hasAttribute('hidden') };

function rangeOver(node: Text, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

function textOf(selector: string): Text {
  return document.querySelector(selector)!.firstChild as Text;
}

describe('hit-testing', () => {
  afterEach(() => vi.restoreAllMocks());

  /** The caret lands in `node`; every mark's only rect is [left, right] × [0, 20]. */
  function stubLayout(node: Node | null, rectFor: (range: Range) => { left: number; right: number }) {
    const caret = vi.fn(() => (node ? { offsetNode: node, offset: 0 } : null));
    Object.assign(document, { caretPositionFromPoint: caret });
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      const { left, right } = rectFor(this);
      return [{ left, right, top: 0, bottom: 20 }] as unknown as DOMRectList;
    });
    return caret;
  }

  function markOver(node: Text, start: number, end: number, entityId: string): MarkedMention {
    const range = new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end });
    return { entityId, range, node, nodes: [node], container: node.parentElement! };
  }

  it('finds the mark whose rect holds the point, among the marks of the text node under the caret', () => {
    document.body.innerHTML = '<p id="p">字节跳动与阿里云</p>';
    const node = textOf('#p');
    const marks = [markOver(node, 0, 4, 'bytedance'), markOver(node, 5, 8, 'alibaba-cloud')];
    // Four characters of 10 px each, then one, then three.
    stubLayout(node, (range) => ({ left: range.startOffset * 10, right: range.endOffset * 10 }));
    const covering = (text: Text) => (text === node ? marks : []);
    expect(markAtPoint(15, 10, covering)?.entityId).toBe('bytedance');
    expect(markAtPoint(65, 10, covering)?.entityId).toBe('alibaba-cloud');
    // Between the two marks (the caret still snaps to the text node).
    expect(markAtPoint(45, 10, covering)).toBeNull();
    // Below the line: the caret snaps to the nearest character, the rect says no.
    expect(markAtPoint(15, 40, covering)).toBeNull();
  });

  it('finds nothing when the caret is not in text, and passes open shadow roots to the caret lookup', () => {
    document.body.innerHTML = '<p id="p">字节跳动</p>';
    const caret = stubLayout(document.body, () => ({ left: 0, right: 100 }));
    const shadow = document.createElement('div').attachShadow({ mode: 'open' });
    expect(markAtPoint(10, 10, () => [], [shadow])).toBeNull();
    expect(caret).toHaveBeenCalledWith(10, 10, { shadowRoots: [shadow] });
  });
});

describe('quotes', () => {
  it('quotes the sentence around a mention, with context on each side', () => {
    document.body.innerHTML = '<p id="p">第一句话。据报道，字节跳动发布了新模型！第三句话。</p>';
    const node = textOf('#p');
    const at = node.data.indexOf('字节跳动');
    const quote = quoteAround(rangeOver(node, at, at + 4));
    expect(quote).toEqual({ exact: '据报道，字节跳动发布了新模型！', prefix: '第一句话。', suffix: '第三句话。' });
  });

  it('quotes exactly a selection across inline elements, trimmed, with its context', () => {
    document.body.innerHTML = '<p id="p">前文 字节<b>跳动</b>推出豆包 后文</p>';
    const p = document.getElementById('p')!;
    const range = document.createRange();
    range.setStart(p.firstChild!, 2);
    range.setEnd(p.lastChild!, 4);
    expect(quoteOfRange(range)).toEqual({ exact: '字节跳动推出豆包', prefix: '前文', suffix: ' 后文' });
  });
});

describe('page text', () => {
  it('joins blocks with newlines and maps offsets back to DOM positions both ways', () => {
    document.body.innerHTML = '<h1>标题</h1><p>字节<b>跳动</b>发布</p><p hidden>隐藏</p><p>阿里云</p>';
    const page = pageText(document.body, noLayout);
    expect(page.text).toBe('标题\n字节跳动发布\n阿里云');
    const start = page.text.indexOf('跳动发');
    const range = rangeFor(page, start, start + 3)!;
    expect(range.startContainer).toBe(document.querySelector('b')!.firstChild);
    expect(range.startOffset).toBe(0);
    expect(range.endContainer.textContent).toBe('发布');
    expect(range.endOffset).toBe(1);
    expect(offsetOf(page, document.querySelector('b')!.firstChild!, 1)).toBe(start + 1);
    expect(offsetOf(page, textOf('p[hidden]'), 0)).toBeNull();
  });

  it('clips a range to the block its start is in, and finds nothing on an empty page', () => {
    document.body.innerHTML = '<p>一二三</p><p>四五六</p>';
    const page = pageText(document.body, noLayout);
    const range = rangeFor(page, 1, 6)!;
    expect(range.startOffset).toBe(1);
    expect(range.endOffset).toBe(3);
    expect(range.startContainer).toBe(range.endContainer);
    document.body.innerHTML = '';
    expect(rangeFor(pageText(document.body, noLayout), 0, 1)).toBeNull();
  });

  it('includes the text of open shadow roots after the document text', () => {
    document.body.innerHTML = '<p>外面</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>里面</p>';
    expect(pageText(document.body, noLayout).text).toBe('外面\n里面');
  });
});
