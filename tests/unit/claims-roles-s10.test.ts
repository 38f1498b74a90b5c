/**
 * Roles read in the tenth session, on sentences written for these tests (not corpus sentences).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a bare denial is about the report it answers (denials.ts)', () => {
  it('makes the other party of a report in the same sentence the object', () => {
    const claims = claimsOf('有消息称，星辰科技今年向云海集团下单了价值数亿美元的芯片，对此星辰科技回应称“消息不实”。');
    const denial = claims.find((c) => c.kind === 'denial');
    expect(roles(denial)).toEqual({ acme: 'agent', globex: 'object' });
  });

  it('reaches the report in the sentence before, and a product of the denier', () => {
    const [, denial] = claimsOf('有媒体报道称Lyra即将上线付费功能。对此，蓝鲸智能回应称这只是一次小范围的产品测试。');
    expect(denial?.kind).toBe('denial');
    expect(roles(denial)).toEqual({ initech: 'agent', lyra: 'object' });
  });

  it('leaves a denial alone when the report did not name the denier', () => {
    const [, denial] = claimsOf('有消息称，星辰科技正与云海集团洽谈合作。对此，蓝鲸智能回应称消息不实。');
    expect(roles(denial)).toEqual({ initech: 'agent' });
  });

  it('leaves a denial alone when it names what it answers', () => {
    const [, named] = claimsOf('有媒体报道称Lyra即将上线付费功能。针对网传Lyra收费的说法，蓝鲸智能回应称“并非事实”。');
    expect(roles(named)).toEqual({ initech: 'agent', lyra: 'mentioned' });
    const [, framed] = claimsOf(
      '有媒体报道称星辰科技将收购云海集团。对于收购可能引发的疑虑，星辰科技否认此举意在垄断市场。',
    );
    expect(roles(framed)).toEqual({ acme: 'agent' });
  });
});

describe('a time span after an event opens the sentence without 在 (clauses.ts)', () => {
  it('reads 开放后的24小时内 as a time frame, so the name after it is the subject of what the speaker says', () => {
    const [claim] = claimsOf('据星辰科技方面披露，开放后的24小时内，Nova共回复网友超过3000万个问题。');
    expect(roles(claim)).toMatchObject({ nova: 'agent', acme: 'mentioned' });
    const [after] = claimsOf('云海集团表示，上线后一周内，Orion的下载量突破了100万次。');
    expect(roles(after)).toMatchObject({ orion: 'agent', globex: 'mentioned' });
  });
});

describe('the standard of a ratio with a bound before it (roles.ts ratioOf)', () => {
  it('makes X in 是X的近十倍 / 约两倍 the counterpart', () => {
    const [near] = claimsOf('Nova的参数规模是蓝鲸智能的近十倍。');
    expect(roles(near)).toMatchObject({ nova: 'agent', initech: 'object' });
    const [about] = claimsOf('星辰科技的营收是云海集团的约两倍。');
    expect(roles(about)).toMatchObject({ acme: 'agent', globex: 'object' });
  });
});

describe('其 after a verb of means owns what the named subject uses (roles.ts ownedByNamedSubject)', () => {
  it('does not make the speaker the counterpart of 利用其…', () => {
    const [claim] = claimsOf('云海集团发言人指出，星辰科技一直利用其在模型广场的地位抬高价格。');
    expect(roles(claim)).toMatchObject({ acme: 'agent', globex: 'mentioned' });
  });

  it('still reads 其 after a counterpart preposition as someone else', () => {
    const [, claim] = claimsOf('云海集团发布了Nova。星辰科技随后向其注资。');
    expect(roles(claim)).toMatchObject({ acme: 'agent', globex: 'object' });
  });
});

describe('a verb inside a descriptor or a unit name is not the relative clause verb (subject.ts)', () => {
  it('leaves the incubator named through its lab mentioned (由X自然语言处理实验室孵化的Y)', () => {
    const [claim] = claimsOf('由云海集团自然语言处理实验室孵化的星辰科技推出了Nova。');
    expect(roles(claim)).toMatchObject({ globex: 'mentioned', acme: 'agent', nova: 'object' });
  });

  it('reads the product after a descriptor with a verb as the maker of the relative head (视频生成模型Y生成的Z)', () => {
    const [claim] = claimsOf('蓝鲸智能则表示，旗下视频生成模型Lyra生成的视频将在画面右下角加注水印。');
    expect(roles(claim)).toMatchObject({ lyra: 'agent', initech: 'mentioned' });
  });
});

describe('a when-clause subject carries into a clause opening on a passive (antecedents.ts startsWithPredicate)', () => {
  it('makes the subject of 上线…后 undergo 一度被X起诉', () => {
    const [claim] = claimsOf('Nova上线打赏功能后，一度被云海集团起诉。');
    expect(roles(claim)).toMatchObject({ nova: 'object', globex: 'agent' });
  });

  it('carries it past 随即 into 遭到', () => {
    const [claim] = claimsOf('星辰科技发布Nova后，随即遭到云海集团的起诉。');
    expect(roles(claim)).toMatchObject({ acme: 'object', globex: 'agent' });
  });

  it('keeps it the one construed by a generic party (一度被外界解读为…)', () => {
    const [claim] = claimsOf('Nova上线打赏功能后，一度被外界解读为开始收费。');
    expect(roles(claim)).toMatchObject({ nova: 'agent' });
  });
});
