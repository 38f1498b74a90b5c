/**
 * Sentences the extractor read nothing from because jieba mis-tagged their predicate or their
 * source (tenth session): a fused adverb and verb of change (不断扩大/n), a set phrase after a
 * connective of consequence (由此可见一斑/l), 网友 tagged a verb before 认为. Fictional sentences only
 * (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

const withText = (paragraph: string, part: string) => claimsOf(paragraph).find((c) => c.text.includes(part));

describe('a predicate jieba tags a noun or an idiom', () => {
  it('reads an adverb fused with a verb of change (不断扩大) as the verb', () => {
    const claim = withText('云海集团的市场份额不断扩大。', '不断扩大');
    expect(roles(claim)).toEqual({ globex: 'agent' });
    expect(claim!.modality).toBe('fact');
  });

  it('keeps a fused verb of change a plain fact, not an idiom of judgement (稳步增长/i)', () => {
    expect(withText('蓝鲸智能的海外收入稳步增长。', '稳步增长')!.modality).toBe('fact');
  });

  it('leaves a noun that only opens on such an adverb alone (持续时间)', () => {
    expect(withText('星辰科技的发布会持续时间。', '持续时间')).toBeUndefined();
  });

  it('reads a set phrase after 由此 or 从此 as the predicate', () => {
    expect(roles(withText('星辰科技的管理文化由此可见一斑。', '可见一斑'))).toEqual({ acme: 'agent' });
    expect(roles(withText('星辰科技从此一蹶不振。', '一蹶不振'))).toEqual({ acme: 'agent' });
  });
});

describe('网友 is people holding a view, not a verb', () => {
  it('makes 不少网友认为 the frame of an opinion', () => {
    const claim = withText('不少网友认为，星辰科技推出的新模型不如旧版好用。', '不如旧版');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.modality).toBe('opinion');
    expect(claim!.text.startsWith('不少网友认为')).toBe(true);
  });
});
