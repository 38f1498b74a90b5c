/**
 * The cue classes of Chinese news prose that decide a claim's tag (modality) and kind, one row per
 * construction, on sentences written for this table (fictional names from claims-fixture.ts).
 * Where editors differ the rows follow the majority of tests/claims-eval/README.md ("Where editors
 * differ"): hearsay wins over 将/预计 (kind forecast, modality reported); a view under 认为/看来 is an
 * opinion, a forecast in kind when it is about what is to come; a prediction under a neutral verb is a
 * forecast; a refusal to comment is a statement of fact; 将 as the object marker is a fact.
 */
import { describe, expect, it } from 'vitest';
import type { ClaimKind, Modality } from '../../lib/claims/extract';
import { claimsOf } from './claims-fixture';

interface Row {
  /** The sentence (a paragraph of its own, dated 2024-03-15). */
  text: string;
  modality: Modality;
  /** The kind, where the conventions settle it. */
  kind?: ClaimKind;
  /** Which claim of the paragraph (default: every claim that names an entity). */
  at?: number;
}

const TABLE: Record<string, Row[]> = {
  'hearsay: a fronted hedge': [
    { text: '据悉，星辰科技已完成新一轮融资。', modality: 'reported', kind: 'funding' },
    { text: '据了解，云海集团正在内部测试Orion的新版本。', modality: 'reported' },
    { text: '消息人士称，蓝鲸智能已暂停Lyra的海外业务。', modality: 'reported' },
    { text: '市场传出星辰科技有意收购极光数据。', modality: 'reported', kind: 'forecast' },
    { text: '有爆料称，星辰科技的新款手机将于下月发布。', modality: 'reported', kind: 'forecast' },
    { text: '有消息称，星辰科技正在洽谈新一轮融资。', modality: 'reported' },
    { text: '坊间传闻，蓝鲸智能的Lyra团队已集体离职。', modality: 'reported' },
    { text: '据媒体报道，云海集团已向监管部门提交上市申请。', modality: 'reported' },
    { text: '据接近云海集团的人士透露，Orion的用户数已突破1亿。', modality: 'reported' },
    { text: '星辰科技被曝正在研发手机芯片。', modality: 'reported' },
    { text: '網傳星辰科技將於下月發布新款手機。', modality: 'reported', kind: 'forecast' },
    { text: '外媒引述知情人士報導，星辰科技計劃明年在美國上市。', modality: 'reported', kind: 'forecast' },
    { text: '據報導，星辰科技上季營收成長20%。', modality: 'reported' },
    { text: '據報星辰科技已暫停Nova的海外推廣。', modality: 'reported' },
    { text: '星辰科技據報正在與雲海集團洽談合作。', modality: 'reported' },
    { text: '市場消息指，蓝鲸智能正考慮在香港上市。', modality: 'reported', kind: 'forecast' },
    { text: '有市场消息指出，星辰科技正在洽购极光数据。', modality: 'reported' },
    { text: '消息指出，云海集团本周已完成内部重组。', modality: 'reported' },
    { text: '外电报导，云海集团已与蓝鲸智能达成合作。', modality: 'reported' },
    { text: '一位不愿具名的星辰科技员工透露，公司已暂停招聘。', modality: 'reported' },
    { text: '星辰科技传将推出自研芯片。', modality: 'reported', kind: 'forecast' },
    { text: '市场传闻称，云海集团将分拆云业务独立上市。', modality: 'reported', kind: 'forecast' },
    { text: '业内流传，蓝鲸智能训练Lyra花费超过1亿美元。', modality: 'reported' },
    { text: '据知情人士透露，星辰科技预计今年出货量将达到500万台。', modality: 'reported', kind: 'forecast' },
  ],
  'hearsay: a source named after the fact': [
    { text: '星辰科技已与云海集团达成合作协议，一位接近交易的人士称。', modality: 'reported' },
    { text: '星辰科技计划今年推出三款新模型，知情人士透露。', modality: 'reported', kind: 'forecast' },
  ],
  'hearsay passes a speaker’s words on': [
    { text: '据知情人士透露，星辰科技预计今年出货量将达到500万台。', modality: 'reported', kind: 'forecast' },
    { text: '有消息称，云海集团计划明年在欧洲建设数据中心。', modality: 'reported', kind: 'forecast' },
  ],
  'analysis is a view, not hearsay': [
    { text: '业内人士分析，蓝鲸智能此举是为了抢占企业市场。', modality: 'opinion' },
    { text: '分析称，星辰科技的毛利率承压主要受芯片成本上升影响。', modality: 'opinion' },
    { text: '分析人士指出，云海集团此举意在阻击星辰科技。', modality: 'opinion' },
  ],
  forecasts: [
    { text: '星辰科技预计明年营收将达到500亿元。', modality: 'forecast', kind: 'forecast' },
    { text: '市场预期云海集团下季度的利润将继续增长。', modality: 'forecast', kind: 'forecast' },
    { text: '分析师料星辰科技的毛利率将在下半年回升。', modality: 'forecast', kind: 'forecast' },
    { text: '蓝鲸智能料将于6月发布Lyra的新版本。', modality: 'forecast', kind: 'forecast' },
    { text: 'Nova有望在年内实现盈利。', modality: 'forecast', kind: 'forecast' },
    { text: '云海集团或将推迟Orion的发布。', modality: 'forecast', kind: 'forecast' },
    { text: '星辰科技将于4月10日举行新品发布会。', modality: 'forecast', kind: 'forecast' },
    { text: '星辰科技拟在上海设立新的研发中心。', modality: 'forecast', kind: 'forecast' },
    { text: '星辰科技计划明年推出自研芯片。', modality: 'forecast', kind: 'forecast' },
    { text: '云海集团打算关闭部分海外数据中心。', modality: 'forecast', kind: 'forecast' },
    { text: '蓝鲸智能准备推出面向企业的Lyra版本。', modality: 'forecast', kind: 'forecast' },
    { text: '星辰科技定于下月15日发布Nova的新版本。', modality: 'forecast', kind: 'forecast' },
    { text: '云海集团的目标是三年内用户突破1亿。', modality: 'forecast', kind: 'forecast' },
    { text: '云海集团瞄准东南亚市场，计划三年内开设十个数据中心。', modality: 'forecast' },
    { text: '星辰科技给出的全年营收指引为300亿元至320亿元。', modality: 'forecast' },
    { text: '星辰科技将全年guidance上调至300亿元。', modality: 'forecast' },
    { text: '云海集团展望下一季度营收将与本季持平。', modality: 'forecast' },
    { text: '星辰科技的新款手机可望于年底前上市。', modality: 'forecast', kind: 'forecast' },
    { text: '王海川估计，星辰科技明年的出货量将达到1000万台。', modality: 'forecast' },
    { text: '张明远表示，Nova将于下月开源。', modality: 'forecast', kind: 'forecast' },
    { text: '张明远表示，罚款对星辰科技的业绩不会产生重大影响。', modality: 'forecast' },
    { text: '星辰科技总裁张明远坦言，新规会影响其芯片的供应。', modality: 'forecast', kind: 'forecast' },
    { text: '星辰科技表示接受处罚，并称将以此为契机，确保合规经营。', modality: 'forecast', kind: 'forecast' },
    { text: '星辰科技計畫明年在台灣設立研發中心。', modality: 'forecast', kind: 'forecast' },
    // (Having no plan, told with no report it answers, is a plain statement: see claims-tags2b-hearsay.)
    { text: '星辰科技表示目前並無出售Nova的計畫。', modality: 'fact', kind: 'statement' },
    { text: '蓝鲸智能势将调整Lyra的定价。', modality: 'forecast', kind: 'forecast' },
    { text: '星辰科技预估今年的营收将成长两成。', modality: 'forecast', kind: 'forecast' },
    { text: '蓝鲸智能即将发布Lyra的新版本。', modality: 'forecast', kind: 'forecast' },
    { text: '按照计划，云海集团将于6月完成对极光数据的收购。', modality: 'forecast' },
  ],
  'an estimate of what is now is a view': [
    { text: '王海川估计，星辰科技去年的出货量约为800万台。', modality: 'opinion', kind: 'figure' },
  ],
  'conditionals (若/如果/一旦…将) are forecasts': [
    { text: '若监管部门放行，星辰科技将在年内完成对极光数据的收购。', modality: 'forecast' },
    { text: '如果价格战持续，云海集团的利润将受到明显冲击。', modality: 'forecast' },
    { text: '一旦Nova开源，蓝鲸智能的Lyra将面临更大压力。', modality: 'forecast' },
    { text: '假如Nova开源，蓝鲸智能的Lyra将受到冲击。', modality: 'forecast' },
    {
      text: '王海川认为，若Nova按计划发布，星辰科技将成为首家推出多模态模型的公司。',
      modality: 'opinion',
      kind: 'forecast',
    },
    { text: '但如果只盯着榜单，星辰科技和云海集团都可能陷入同质化的陷阱。', modality: 'opinion', kind: 'forecast' },
  ],
  'a plan put in the past is not a forecast now': [
    { text: '星辰科技原计划于去年10月发布Nova。', modality: 'fact' },
    { text: '云海集团曾计划在2022年赴港上市。', modality: 'fact' },
    { text: '蓝鲸智能此前曾计划于2023年上市，后因市场环境搁置。', modality: 'fact' },
    { text: '星辰科技原本打算在去年推出Nova。', modality: 'fact' },
  ],
  '将 as the object marker (将X改名, 已将) is a fact': [
    { text: '星辰科技将Nova更名为Nova Pro。', modality: 'fact' },
    { text: '云海集团已将Orion的调用价格下调至每百万tokens 1元。', modality: 'fact' },
    { text: '去年11月，蓝鲸智能将研发团队扩充至500人。', modality: 'fact' },
    { text: '2023年，云海集团将Orion的价格下调了一半。', modality: 'fact' },
    { text: '星辰科技已将Nova接入旗下所有产品。', modality: 'fact' },
  ],
  opinions: [
    { text: '张明远认为，开源是大模型的唯一出路。', modality: 'opinion', kind: 'opinion' },
    { text: '张明远坦承，Nova在长文本上的表现不如Orion。', modality: 'opinion' },
    { text: '王海川担忧，云海集团的现金流难以支撑长期价格战。', modality: 'opinion' },
    { text: '王海川批评云海集团的定价缺乏诚意。', modality: 'opinion' },
    { text: '王海川质疑星辰科技的用户数据存在水分。', modality: 'opinion' },
    { text: '遗憾的是，星辰科技并没有抓住这次机会。', modality: 'opinion' },
    { text: '星辰科技的这一策略颇具争议。', modality: 'opinion' },
    { text: '云海集团的优势不容小觑。', modality: 'opinion' },
    { text: '星辰科技的Nova俨然已成为行业标杆。', modality: 'opinion' },
    { text: '云海集团在芯片上的投入堪比蓝鲸智能。', modality: 'opinion' },
    { text: '说到底，云海集团缺的是一款爆款应用。', modality: 'opinion' },
    { text: '张明远直言，Nova的推理能力仍落后于Orion。', modality: 'opinion' },
    { text: '张明远坦言，Nova的中文能力仍有明显不足。', modality: 'opinion', kind: 'opinion' },
    { text: '笔者认为，星辰科技的定价策略过于激进。', modality: 'opinion', kind: 'opinion' },
    { text: '在王海川看来，云海集团的优势在于渠道。', modality: 'opinion', kind: 'opinion' },
    { text: '不难看出，星辰科技正在加速布局海外市场。', modality: 'opinion' },
    { text: '显然，云海集团低估了Nova的竞争力。', modality: 'opinion' },
    { text: 'Nova无疑是今年最受关注的国产模型。', modality: 'opinion' },
    { text: 'Orion堪称国内最强的开源模型。', modality: 'opinion' },
    { text: '蓝鲸智能此次降价可谓釜底抽薪。', modality: 'opinion' },
  ],
  'a fact passed on by a named speaker stays a fact': [
    { text: '张明远透露，Nova的用户已超过1000万。', modality: 'fact' },
    { text: '张明远表示，Nova目前已支持20种语言。', modality: 'fact' },
    { text: '研报指出，星辰科技三季度收入311亿元，同比增长11%。', modality: 'fact' },
  ],
  denials: [
    { text: '星辰科技否认了将裁员30%的传闻。', modality: 'denied', kind: 'denial' },
    { text: '云海集团发布声明辟谣，称从未与星辰科技洽谈收购事宜。', modality: 'denied', kind: 'denial', at: 0 },
    { text: '蓝鲸智能澄清称，Lyra并未使用Orion的训练数据。', modality: 'denied', kind: 'denial' },
    { text: '对此，星辰科技回应称，上述报道不实。', modality: 'denied', kind: 'denial' },
    { text: '云海集团表示，相关传闻纯属谣言。', modality: 'denied', kind: 'denial' },
    { text: '星辰科技回应称，这并非一次裁员，而是正常的业务调整。', modality: 'denied', kind: 'denial', at: 0 },
    { text: '云海集团回应称，报道中的数字并不准确。', modality: 'denied', kind: 'denial' },
    { text: '对于裁员传闻，星辰科技回应称系正常的人员优化。', modality: 'denied', kind: 'denial' },
    { text: '針對外界傳聞，星辰科技澄清並無出售Nova的計畫。', modality: 'denied', kind: 'denial' },
    { text: '云海集团断然否认了收购极光数据的传闻。', modality: 'denied', kind: 'denial' },
    { text: '星辰科技发言人表示，上述报道与事实不符。', modality: 'denied', kind: 'denial' },
  ],
  'silence and refusal are statements of fact': [
    { text: '对于上述消息，云海集团未予回应。', modality: 'fact', kind: 'statement' },
    { text: '星辰科技对此不予置评。', modality: 'fact', kind: 'statement' },
    { text: '蓝鲸智能拒绝评论上述传闻。', modality: 'fact', kind: 'statement' },
    { text: '截至发稿，星辰科技尚未回应。', modality: 'fact', kind: 'statement' },
    { text: '星辰科技婉拒置评。', modality: 'fact', kind: 'statement' },
    { text: '对于第四季度，星辰科技管理层未给出具体营收指引。', modality: 'fact', kind: 'statement' },
  ],
  'a cue inside a quote': [
    { text: '张明远说：“我们认为Nova是目前最好的中文模型。”', modality: 'opinion' },
    { text: '张明远表示：“Nova将于下月正式开源。”', modality: 'forecast', kind: 'forecast' },
  ],
  'a fronted cue covers the whole sentence': [
    {
      text: '业内人士普遍认为，明年价格战仍将持续，云海集团、星辰科技等玩家的份额有望进一步扩大。',
      modality: 'opinion',
      kind: 'forecast',
    },
    { text: '据悉，星辰科技已完成新一轮融资，远山资本领投。', modality: 'reported' },
    { text: '据了解，云海集团将在下月发布Orion的新版本，并同步开放API。', modality: 'reported' },
  ],
  'a trailing …，X称 covers the clauses before it': [
    { text: '星辰科技将在下月发布Nova的新版本，并同步开放API，知情人士称。', modality: 'reported' },
  ],
};

describe('the tag and kind of each cue class', () => {
  for (const [group, rows] of Object.entries(TABLE))
    describe(group, () => {
      it.each(rows)('$text', (row) => {
        const claims = claimsOf(row.text).filter((c) => c.entities.length > 0);
        const chosen = row.at === undefined ? claims : claims.slice(row.at, row.at + 1);
        expect(chosen.length).toBeGreaterThan(0);
        for (const c of chosen) {
          expect({ text: c.text, modality: c.modality }).toEqual({ text: c.text, modality: row.modality });
          if (row.kind) expect({ text: c.text, kind: c.kind }).toEqual({ text: c.text, kind: row.kind });
        }
      });
    });
});

describe('words of a cue class in another use', () => {
  it('takes a verb of judging after 的 as a noun (对于外界的质疑，X予以否认)', () => {
    const [claim] = claimsOf('对于外界的质疑，星辰科技予以否认，称相关评测均在公开数据集上完成。');
    expect(claim).toMatchObject({ kind: 'denial', modality: 'denied' });
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
  });

  it('takes 若干 as "some", not a condition: its clause is a claim of its own', () => {
    expect(claimsOf('若干家公司已接入Nova，星辰科技的收入随之增长。')[0]?.text).toBe('若干家公司已接入Nova');
  });

  it('starts a new claim at a condition after a proposition of its own', () => {
    const claims = claimsOf('星辰科技目前的估值已远高于同行，一旦用户增长放缓，股价恐面临修正。');
    expect(claims[0]?.text.startsWith('星辰科技目前的估值')).toBe(true);
    expect(claims.some((c) => c.entities.some((e) => e.id === 'acme' && e.role === 'agent'))).toBe(true);
  });

  it('keeps a speech verb negated when the verb is the noun 的 modifies (并未回应外界…的猜测)', () => {
    const [claim] = claimsOf('张明远并未回应外界对星辰科技接班人选的猜测。');
    expect(claim?.modality).toBe('fact');
  });

  it('does not read an expectation put in the past (此前市场预计) as a forecast now', () => {
    expect(claimsOf('此前市场预计Orion会在去年底发布。')[0]?.modality).not.toBe('forecast');
  });
});
