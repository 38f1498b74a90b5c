import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { collectTextBlocks, iterateTextBlocks, locate } from '../../lib/page/text-blocks';
import { precedesOnPage } from '../../lib/page/document-order';

function documentOf(html: string): Document {
  const window = new Window();
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

const noLayout = { isHidden: (e: Element) => e.hasAttribute('hidden') };

describe('collectTextBlocks', () => {
  it('joins text across inline elements and splits at blocks', () => {
    const doc = documentOf(
      '<p>字节<b>跳动</b>推出<a href="#">豆包</a></p><div>阿里<p>云</p></div><p>第三段<br>换行</p>',
    );
    const texts = collectTextBlocks(doc.body, noLayout).blocks.map((b) => b.text);
    expect(texts).toEqual(['字节跳动推出豆包', '阿里', '云', '第三段', '换行']);
  });

  it('skips scripts, styles, form fields, editable regions, hidden elements and excluded UI', () => {
    const doc = documentOf(
      '<p>可见</p><script>var 字节跳动=1</script><style>p{}</style><textarea>草稿</textarea><div contenteditable="true">编辑</div><p hidden>隐藏</p><div data-ui>界面</div><noscript>无</noscript>',
    );
    const texts = collectTextBlocks(doc.body, { ...noLayout, exclude: (e) => e.hasAttribute('data-ui') }).blocks.map(
      (b) => b.text,
    );
    expect(texts).toEqual(['可见']);
  });

  it('maps block offsets back to text nodes', () => {
    const doc = documentOf('<p>字节<b>跳动</b>推出</p>');
    const [block] = collectTextBlocks(doc.body, noLayout).blocks;
    const start = locate(block!, 2);
    expect(start.node.data).toBe('跳动');
    expect(start.offset).toBe(0);
    const end = locate(block!, 4, true);
    expect(end.node.data).toBe('跳动');
    expect(end.offset).toBe(2);
    for (let i = 0; i <= block!.text.length; i++) {
      const { node, offset } = locate(block!, i);
      expect(node.data.slice(offset, offset + 1)).toBe(block!.text.slice(i, i + 1) || '');
    }
  });

  it('reports open shadow roots for their own scan', () => {
    const doc = documentOf('<div id="host"></div><p>外面</p>');
    const host = doc.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>里面</p>';
    const { blocks, shadowRoots } = collectTextBlocks(doc.body, noLayout);
    expect(blocks.map((b) => b.text)).toEqual(['外面']);
    expect(shadowRoots).toHaveLength(1);
    expect(collectTextBlocks(shadowRoots[0]!, noLayout).blocks.map((b) => b.text)).toEqual(['里面']);
  });
});

describe('reading on from a block', () => {
  it('yields the blocks after a node as the whole walk does, inside and outside its ancestors', () => {
    const doc = documentOf(
      '<p>字节<b>跳动</b></p><div>阿里<p>云</p>尾巴<section><p>第三段</p></section></div><p>末段</p>',
    );
    const all = collectTextBlocks(doc.body, noLayout).blocks;
    const cloud = all.find((b) => b.text === '云')!;
    const after = [...iterateTextBlocks(doc.body, { ...noLayout, after: cloud.nodes[cloud.nodes.length - 1]! })];
    expect(after.map((b) => b.text)).toEqual(['尾巴', '第三段', '末段']);
    expect(after[0]!.nodes[0]).toBe(all.find((b) => b.text === '尾巴')!.nodes[0]);
  });

  it('orders nodes by page position, a shadow tree’s nodes where its host stands', () => {
    const doc = documentOf('<p id="a">甲</p><div id="host"></div><p id="b">乙</p>');
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>影</p>';
    const [a, b] = ['a', 'b'].map((id) => doc.getElementById(id)!.firstChild!);
    const inShadow = shadow.querySelector('p')!.firstChild!;
    expect([precedesOnPage(a!, b!), precedesOnPage(b!, a!), precedesOnPage(a!, a!)]).toEqual([true, false, false]);
    expect([precedesOnPage(a!, inShadow), precedesOnPage(inShadow, b!), precedesOnPage(b!, inShadow)]).toEqual([
      true,
      true,
      false,
    ]);
    const detached = doc.createTextNode('离');
    expect(precedesOnPage(a!, detached)).toBe(false);
  });
});
