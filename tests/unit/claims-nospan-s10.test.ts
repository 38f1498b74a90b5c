/**
 * Sentences the extractor read nothing from because jieba mis-tagged their predicate or their
 * source (tenth session): a fused adverb and verb of change (不断扩大/n), a set phrase after a
 * connective of consequence (由此可见一斑/l), an adjective used as an adverb (明显/a 薄弱), 网友 tagged
 * a verb before 认为, and 公司方面 for the company. Fictional sentences only (see claims-fixture.ts).
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

describe('an adjective before another ending the clause is its adverb (明显薄弱)', () => {
  it('reads the second adjective as the predicate of a judgement', () => {
    const claim = withText('星辰科技的生态明显薄弱。', '明显薄弱');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.modality).toBe('opinion');
  });

  it('leaves an adjective modifying a noun alone', () => {
    expect(withText('星辰科技的明显优势。', '明显优势')).toBeUndefined();
  });
});

describe('公司方面 stands for the company, as a bare 公司 does', () => {
  it('makes the company of the sentence before the silent party', () => {
    const claim = withText('星辰科技上周发布了Nova。公司方面对此不予置评。', '不予置评');
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });

  it('does not read 方面 after a noun other than 公司 or 集团 as a name', () => {
    expect(withText('星辰科技上周发布了Nova。市场方面对此反应平淡。', '反应平淡')).toBeUndefined();
  });
});

describe('a clause ending on a duration in hours (…15小时) is not a when-clause (…时)', () => {
  it('reads the outage as a claim about the company', () => {
    expect(roles(withText('星辰科技的机房去年12月因制冷故障宕机超过15小时。', '宕机'))).toEqual({ acme: 'agent' });
  });

  it('still reads a clause ending on 时 as the time of the next', () => {
    const claim = withText('星辰科技发布Nova时，云海集团宣布降价。', '宣布降价');
    expect(roles(claim)).toMatchObject({ globex: 'agent' });
    expect(claim!.text.startsWith('星辰科技发布Nova时')).toBe(true);
  });
});

describe('a short form with a count or period after its determiner (这份三年行动计划)', () => {
  const paragraph = (second: string) => `数据行动计划昨日发布，提出五项任务。${second}`;

  it('stands for the document named in full before', () => {
    const claim = withText(paragraph('笔者认为，这份三年行动计划只是一个开始。'), '只是一个开始');
    expect(roles(claim)).toEqual({ plan: 'agent' });
    expect(claim!.modality).toBe('opinion');
  });

  it('needs the determiner: a bare count before the class noun names nothing', () => {
    expect(withText(paragraph('笔者认为，各地三年行动计划只是一个开始。'), '只是一个开始')).toBeUndefined();
  });
});
