import { describe, expect, it } from 'vitest';
import { findCandidates, isGeneric, type EntityCandidate } from '../../lib/library/candidates';
import { foldText } from '../../lib/text/convert';

/** Spans of `known` names in a paragraph, the way the recognizer would report them. */
function spansOf(known: readonly string[]) {
  const keys = known.map(foldText);
  return (paragraph: string) => {
    const folded = foldText(paragraph);
    return keys.flatMap((k) => {
      const spans = [];
      for (let at = folded.indexOf(k); at >= 0; at = folded.indexOf(k, at + 1))
        spans.push({ start: at, end: at + k.length });
      return spans;
    });
  };
}

function find(paragraphs: string[], known: string[] = [], dismissed: string[] = []): EntityCandidate[] {
  return findCandidates(paragraphs, {
    fold: foldText,
    knownSpans: spansOf(known),
    dismissed: new Set(dismissed.map(foldText)),
  });
}

const names = (paragraphs: string[], known: string[] = []) => find(paragraphs, known).map((c) => `${c.name}:${c.type}`);

describe('findCandidates: Latin names', () => {
  it('takes company and model names with their versions, and leaves terms alone', () => {
    expect(names(['荷兰初创公司Nebulon今天开源了Nebulon Coder 2.5，支持128K上下文，API价格降低一半。'])).toEqual([
      'Nebulon:company',
      'Nebulon Coder 2.5:model',
    ]);
    expect(names(['据Hexa Research估计，GPU和AI芯片的需求在Q3继续上涨，CEO们都在谈AGI。'])).toEqual([
      'Hexa Research:company',
    ]);
  });

  it('keeps hyphenated and dotted names whole, and Latin names only at word boundaries', () => {
    expect(names(['新模型Orion-X2与Quill.AI的产品相比，在长文本上更强。'])).toEqual([
      'Orion-X2:model',
      'Quill.AI:company',
    ]);
  });

  it('types a capitalized two-word name after a title as a person', () => {
    expect(names(['Lumora CEO Dana Whitfield在采访中表示，公司暂不考虑上市。'])).toEqual([
      'Lumora:company',
      'Dana Whitfield:person',
    ]);
  });
});

describe('findCandidates: names before 公司, 科技, 资本, 大模型, App', () => {
  it('finds the stem and keeps the suffixes that are part of the name', () => {
    expect(names(['由星河算力公司牵头，青松资本与远川科技跟投，远川科技的估值翻倍。'])).toEqual([
      '远川科技:company',
      '星河算力:company',
      '青松资本:company',
    ]);
    expect(names(['用户可以在鲸语App里直接调用灵枢大模型。'])).toEqual(['鲸语:product', '灵枢:model']);
  });

  it('strips places and legal suffixes from formal company names', () => {
    expect(names(['杭州云栖智算科技有限公司成立于2021年。']).map((n) => n.split(':')[0])).toEqual(['云栖智算科技']);
  });

  it('does not propose generic phrases (人工智能公司, 多家科技公司, 开源大模型)', () => {
    expect(names(['多家人工智能公司和科技公司都推出了开源大模型，这家公司也发布了多模态模型。'])).toEqual([]);
    expect(isGeneric('人工智能')).toBe(true);
    expect(isGeneric('多家科技')).toBe(true);
    expect(isGeneric('云栖智算')).toBe(false);
  });

  it('extends a known name it continues (腾讯混元) but not one it only follows', () => {
    expect(names(['腾讯混元大模型接入了企业微信。'], ['腾讯'])).toEqual(['腾讯混元:model']);
    expect(names(['字节跳动的豆包大模型降价了。'], ['字节跳动'])).toEqual(['豆包:model']);
  });
});

describe('findCandidates: quotes and titles', () => {
  it('takes quoted names that are introduced as products, not slogans or events', () => {
    expect(names(['该公司推出了一款名为「声纹」的助手，还上线了“灵犀”App。'])).toEqual([
      '声纹:product',
      '灵犀:product',
    ]);
    expect(names(['今年「雙11」期間，“百模大战”与“出海”仍是热词。'])).toEqual([]);
    expect(names(['他说：“我们今年不会融资。”'])).toEqual([]);
  });

  it('takes 《》 titles that are reports or regulations, never novels, films or songs', () => {
    expect(names(['刘慈欣的小说《三体》再版，同名电视剧《三体》也在重播，歌曲《光年之外》走红。'])).toEqual([]);
    expect(names(['研究机构发布了《2025全球算力发展报告》，同时《数据出境安全评估办法》开始施行。'])).toEqual([
      '2025全球算力发展报告:report',
      '数据出境安全评估办法:regulation',
    ]);
    expect(names(['《三体》讲的是外星文明。'])).toEqual([]);
  });
});

describe('findCandidates: people after a title', () => {
  it('takes the name after chained titles and stops at the verb after it', () => {
    expect(names(['星图创始人兼CEO陈明远表示，公司将加大投入。'], ['星图'])).toEqual(['陈明远:person']);
    expect(names(['首席科学家欧阳清在会上说明了新方法。'])).toEqual(['欧阳清:person']);
    expect(names(['联合创始人、首席技术官林舟在发布会上演示了新功能。'])).toEqual(['林舟:person']);
  });

  it('takes a transliterated name with its middle dot', () => {
    expect(names(['該公司執行長馬克·霍爾特在聲明中稱，裁員已經結束。'])).toEqual(['馬克·霍爾特:person']);
  });

  it('does not take words after a title that are not names', () => {
    expect(names(['他辞去了首席执行官一职，创始人的股份也被稀释。'])).toEqual([]);
  });
});

describe('findCandidates: across an article', () => {
  it('merges both scripts, counts every occurrence and lists the sentences', () => {
    const paragraphs = ['遠川科技發布了新晶片。遠川科技的股價上漲。', '远川科技回应称，产能充足。'];
    const [candidate, ...rest] = find(paragraphs);
    expect(rest).toEqual([]);
    expect(candidate).toMatchObject({ key: '远川科技', name: '遠川科技', type: 'company', count: 3 });
    expect(candidate!.forms.sort()).toEqual(['远川科技', '遠川科技']);
    expect(candidate!.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, '遠川科技發布了新晶片。'],
      [0, '遠川科技的股價上漲。'],
      [1, '远川科技回应称，产能充足。'],
    ]);
    for (const o of candidate!.occurrences)
      expect(foldText(paragraphs[o.paragraph]!.slice(o.start, o.end))).toBe('远川科技');
  });

  it('leaves out known and dismissed names', () => {
    const text = ['星河算力公司和青松资本宣布合作。'];
    expect(find(text, ['青松资本']).map((c) => c.name)).toEqual(['星河算力']);
    expect(find(text, [], ['星河算力']).map((c) => c.name)).toEqual(['青松资本']);
  });

  it('refuses a fold that changes lengths (offsets would point at the wrong text)', () => {
    expect(() => findCandidates(['ﬁ公司'], { fold: (t) => t.normalize('NFKC'), knownSpans: () => [] })).toThrow(
      /length/,
    );
  });
});
