/**
 * Modality tags (session 20): a party's flat rebuttal in a statement, a target moved to a new figure,
 * a commentator's view going on past 但, Taiwan's 季增 after 将, guidance as the standard a result
 * beat, a graded noun phrase after a copula, and the writer weighing a hardship. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

const first = (paragraph: string, date?: string) => claimsOf(paragraph, date)[0];
const last = (paragraph: string, date?: string) => claimsOf(paragraph, date).at(-1);

describe('a party insisting, or in a statement, that it never did or is not something', () => {
  it('reads 强调…并非 / 声明中指…从未 as a denial, in both scripts', () => {
    expect(first('星辰科技昨日发表声明，强调公司并非军事企业。')?.modality).toBe('denied');
    expect(first('蓝鲸智能昨日發表聲明，強調公司並非軍方供應商。')?.kind).toBe('denial');
    expect(last('云海集团亦在声明中指，公司从未从事任何军事相关业务。')?.modality).toBe('denied');
    expect(last('云海集团亦在聲明中指，公司從未從事任何軍事相關業務或活動。')?.modality).toBe('denied');
    expect(first('她强调，星辰科技从未向第三方提供任何用户数据。')?.modality).toBe('denied');
  });

  it('leaves a plain 表示, a contrast 并非…而是, a silence and the writer’s 值得强调 alone', () => {
    expect(first('星辰科技表示，公司从未盈利。')?.modality).toBe('fact');
    expect(first('张明远强调，降价并非烧钱换市场，而是来自工程优化。')?.modality).toBe('fact');
    expect(first('星辰科技强调，公司并未回应相关传闻。')?.modality).toBe('fact');
    expect(first('值得强调的是，星辰科技从未公布用户数。')?.modality).toBe('fact');
  });
});

describe('a target or guidance moved to a new figure', () => {
  it('reads 将…目标…上调至 / 財測下修至 as a forecast', () => {
    expect(first('张明远同时宣布，将今年的交付目标由30万辆上调至35万辆。')?.modality).toBe('forecast');
    expect(first('星辰科技將全年營收財測下修至120億元。')?.modality).toBe('forecast');
  });

  it('keeps a target moved by an amount, one met, and a price moved, facts', () => {
    expect(first('星辰科技已将今年的出货目标上调20%。')?.modality).toBe('fact');
    expect(first('星辰科技去年完成了交付目标30万辆。')?.modality).toBe('fact');
    expect(first('星辰科技将Orion的价格下调至每百万tokens 2元。')?.modality).toBe('fact');
  });
});

describe('a commentator’s view goes on past 但 in its sentence', () => {
  it('keeps the analyst the source, and the clause a view', () => {
    const claims = claimsOf('法人分析，星辰科技的代工業務起步多年，但目前僅拿下少數品牌客戶。');
    expect(claims.at(-1)?.attribution.kind).toBe('unnamed');
    expect(claims.at(-1)?.modality).toBe('opinion');
    const more = claimsOf('有分析人士认为，星辰科技拥有超级入口，但其在大模型能力上仍需追赶。');
    expect(more.at(-1)?.attribution.kind).toBe('unnamed');
    expect(more.at(-1)?.modality).toBe('opinion');
  });

  it('does not carry a hedge of a leak, nor over an answer with its own speaker', () => {
    const claims = claimsOf('据悉，星辰科技正在洽谈新一轮融资，但星辰科技回应称消息不实。');
    expect(claims[0]?.modality).toBe('reported');
    expect(claims.at(-1)?.modality).toBe('denied');
  });
});

describe('将 before Taiwan’s verbs of change over a period', () => {
  it('reads 將季增 as "will", even after a past date of when it was said', () => {
    expect(last('星辰科技上月發布財報，今年第一季營收將季增6%至8%。', '2024-02-20')?.modality).toBe('forecast');
    expect(last('星辰科技表示，今年營收将年增两成。', '2024-02-20')?.modality).toBe('forecast');
  });

  it('keeps 将 of a past date 把', () => {
    expect(first('去年，星辰科技将总部迁至杭州。', '2024-02-20')?.modality).toBe('fact');
  });
});

describe('guidance a result is measured against', () => {
  it('reads 优于…给出的财测上限 as a result, not a forecast', () => {
    const paragraph = '星辰科技昨日盤後公布第二季財報，當季營收19.01億美元，年增21.8%，優於公司在5月給出的財測上限。';
    expect(first(paragraph, '2024-08-09')?.modality).toBe('fact');
  });

  it('keeps guidance given for a later period a forecast', () => {
    expect(first('星辰科技给出的财测显示，第三季营收介于20亿至21亿美元。', '2024-08-09')?.modality).toBe('forecast');
  });
});

describe('a graded noun phrase after a copula', () => {
  it('reads 是…非常重要的市场 as a view', () => {
    expect(first('张明远曾表示，中国是星辰科技非常重要的市场。')?.modality).toBe('opinion');
  });

  it('keeps a graded modifier of an object or a subject a description', () => {
    expect(first('张明远称，星辰科技此前已储备了相当数量的AI芯片。')?.modality).toBe('fact');
    expect(first('颇受期待的Nova已于昨日上线。')?.modality).toBe('fact');
  });
});

describe('the writer weighing a hardship', () => {
  it('reads a firm facing pressure or competition, unmeasured, as the writer’s view', () => {
    expect(first('星辰科技的发展也面临外部压力。')?.modality).toBe('opinion');
    expect(first('但在C端市场，Nova面临云海集团等产品的强力竞争。')?.modality).toBe('opinion');
  });

  it('keeps a party’s own word, a test and a measured pressure facts', () => {
    expect(first('星辰科技表示，公司业绩面临巨大挑战。')?.modality).toBe('fact');
    expect(first('星辰科技上月对数据中心进行了压力测试。')?.modality).toBe('fact');
    expect(first('星辰科技今年营收面临约20%的下滑压力。')?.modality).toBe('fact');
  });
});
