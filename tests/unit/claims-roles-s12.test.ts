/**
 * Role direction and counterparts read in the twelfth session from a checklist of constructions of
 * Chinese news language (transfers, comparisons, ties, personnel), on sentences written for these
 * tests (not corpus sentences).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('收购X旗下的Y: what is taken is X’s, so X is the counterpart (roles.ts acquiredUnitOf)', () => {
  it('makes X the object in both scripts, with 旗下, 的 or a count', () => {
    const [unit] = claimsOf('星辰科技将收购云海集团旗下的芯片业务。');
    expect(roles(unit)).toMatchObject({ acme: 'agent', globex: 'object' });
    const [line] = claimsOf('星辰科技宣布收购云海集团的云计算业务。');
    expect(roles(line)).toMatchObject({ acme: 'agent', globex: 'object' });
    const [plants] = claimsOf('星辰科技以5亿元收購云海集团旗下兩家工廠。');
    expect(roles(plants)).toMatchObject({ acme: 'agent', globex: 'object' });
  });

  it('leaves a name after a verb of using the owner only (使用X的芯片)', () => {
    const [used] = claimsOf('星辰科技的新手机使用了云海集团的芯片。');
    expect(roles(used)?.globex).not.toBe('object');
  });
});

describe('founder nouns are ties after a copula (roles.ts TIE_NOUN)', () => {
  it('makes the founded company the object of X是Y的创始人之一', () => {
    const [founder] = claimsOf('张明远是云海集团的创始人之一。');
    expect(roles(founder)).toMatchObject({ zhang: 'agent', globex: 'object' });
    const [joint] = claimsOf('李思源是星辰科技的聯合創辦人之一。');
    expect(roles(joint)).toMatchObject({ li: 'agent', acme: 'object' });
  });

  it('does not promote the party of a tie to agent when the subject is no name', () => {
    const [partner] = claimsOf('陈磊是云海集团最早的合作伙伴之一，长期负责财务。');
    expect(roles(partner)?.globex).toBe('object');
  });
});

describe('受X委托 and 应X邀请 name the party the act is done for (roles.ts commissionedBy)', () => {
  it('makes X the object and the subject the agent', () => {
    const [commissioned] = claimsOf('星辰科技受云海集团委托，开发新一代操作系统。');
    expect(roles(commissioned)).toMatchObject({ acme: 'agent', globex: 'object' });
  });
});

describe('a ratio’s standard may carry a version word (roles.ts ratioOf)', () => {
  it('reads 是X Turbo的两倍 as a comparison with X', () => {
    const [ratio] = claimsOf('Nova的速度是Orion Turbo的两倍。');
    expect(ratio?.kind).toBe('comparison');
    // (subject.ts ratioAfter: the copula before the ratio is the predicate, not a pseudo-cleft's.)
    expect(roles(ratio)).toMatchObject({ nova: 'agent', orion: 'object' });
  });
});

describe('following in a ranking: 紧随X之后, 紧随其后 (modifiers.ts COMPARING, clauses.ts FOLLOWING)', () => {
  it('makes the one followed the object, and the clause no time frame', () => {
    const [follows] = claimsOf('云海集团紧随星辰科技之后，排名第二。');
    expect(roles(follows)).toMatchObject({ globex: 'agent', acme: 'object' });
    const [traditional] = claimsOf('云海集团緊隨星辰科技之後，位列第二。');
    expect(roles(traditional)).toMatchObject({ globex: 'agent', acme: 'object' });
  });

  it('leaves a list of three following together without a standard', () => {
    const claims = claimsOf('Nova的月活用户位居第一。云海集团、蓝鲸智能、极光数据等App紧随其后，彼此间的差距并不大。');
    const list = claims.find((c) => c.text.includes('紧随其后'));
    expect(roles(list)).toEqual({ globex: 'listed', initech: 'listed', hooli: 'listed' });
  });

  it('resolves the pronoun inside 紧随其后 to the one ranked before', () => {
    const claims = claimsOf('星辰科技以30%的份额位居第一，云海集团以25%的份额紧随其后。');
    const follower = claims.find((c) => c.text.includes('紧随其后'));
    expect(roles(follower)).toMatchObject({ globex: 'agent', acme: 'object' });
  });

  it('still reads a clause closed by 之后 with no verb of following as a time', () => {
    const claims = claimsOf('在星辰科技发布Nova之后，云海集团推出了Orion。');
    const launch = claims.find((c) => c.text.includes('Orion'));
    expect(roles(launch)).toMatchObject({ globex: 'agent' });
    expect(roles(launch)?.acme).not.toBe('agent');
  });
});

describe('距离X + a clause: X does the event the time is measured from (roles.ts embeddedAfterDistance)', () => {
  it('makes X the agent and the party it acts on the object', () => {
    const [since] = claimsOf('此次处罚距离云海集团对星辰科技启动调查已过去一年多。');
    expect(roles(since)).toMatchObject({ globex: 'agent', acme: 'object' });
    const [announced] = claimsOf('这距离云海集团宣布变革仅过去了不到八个月。');
    expect(roles(announced)).toMatchObject({ globex: 'agent' });
  });
});

describe('X传出联合创始人离职: the company a titled officer leaves (moves.ts titled)', () => {
  it('makes X the object with times, adverbs and a verb of reporting before the title', () => {
    const [left] = claimsOf('星辰科技近月亦传出联合创办人离职。');
    expect(roles(left)).toMatchObject({ acme: 'object' });
  });
});

describe('面对/面临 X的竞争: the rival whose pressure is faced is the counterpart (roles.ts confrontedRival)', () => {
  it('makes X the object in a fronted frame, in both scripts', () => {
    const [price] = claimsOf('面对云海集团的竞争，星辰科技决定降价。');
    expect(roles(price)).toMatchObject({ acme: 'agent', globex: 'object' });
    const [launch] = claimsOf('面對云海集团的價格攻勢，星辰科技推出了新模型。');
    expect(roles(launch)).toMatchObject({ acme: 'agent', globex: 'object' });
  });

  it('leaves a frame of something other than a rival’s pressure mentioned', () => {
    const [probe] = claimsOf('面对云海集团的调查，星辰科技表示将积极配合。');
    expect(roles(probe)).toMatchObject({ acme: 'agent', globex: 'mentioned' });
  });
});

describe('the short passive of a company’s product or account (roles.ts undergoerMarker OWNED_PART)', () => {
  it('makes the owner the object of X的App被要求下架 and X出行App被下架', () => {
    const [app] = claimsOf('星辰科技的App随后被要求下架。');
    expect(roles(app)).toMatchObject({ acme: 'object' });
    const [store] = claimsOf('星辰科技出行App被要求在应用商店下架。');
    expect(roles(store)).toMatchObject({ acme: 'object' });
  });

  it('leaves a metric’s passive and a long passive with its doer to the owner', () => {
    const [price] = claimsOf('星辰科技的股价被严重低估。');
    expect(roles(price)?.acme).toBe('agent');
    const [adopted] = claimsOf('星辰科技的产品被各国政府广泛采用。');
    expect(roles(adopted)?.acme).toBe('agent');
  });
});

describe('a clause with no subject opening on a passive marker (sentence.ts opensPassive)', () => {
  it('makes the one acting before undergo it, and the doer after the marker act', () => {
    const claims = claimsOf('星辰科技发布了Nova，随后遭到云海集团起诉。');
    const sued = claims.find((c) => c.text.includes('起诉'));
    expect(roles(sued)).toMatchObject({ acme: 'object', globex: 'agent' });
  });
});

describe('X是这家公司的股东: the pronoun after the copula is not the holder (sentence.ts tiedPronoun)', () => {
  it('resolves the pronoun to the company named before and makes it the object', () => {
    const [holder] = claimsOf('星辰科技昨日在港上市。云海集团是这家公司最大的外部股东。').slice(-1);
    expect(roles(holder)).toMatchObject({ globex: 'agent', acme: 'object' });
  });

  it('reads a demonstrative phrase opening on a one-character adjective (subject.ts pronounAt)', () => {
    const [holder] = claimsOf('星辰科技昨日在港上市。云海集团是这家短视频平台最大的外部股东。').slice(-1);
    expect(roles(holder)).toMatchObject({ globex: 'agent', acme: 'object' });
  });
});

describe('向X员工: the staff of X the act is aimed at stand for X (roles.ts staffOf)', () => {
  it('makes X the object of an act aimed at its staff', () => {
    const [poach] = claimsOf('多家公司纷纷向星辰科技员工抛出橄榄枝。');
    expect(roles(poach)).toMatchObject({ acme: 'object' });
  });

  it('leaves the users of a product mentioned', () => {
    const [users] = claimsOf('星辰科技向所有Nova用户开放该功能。');
    expect(roles(users)).toMatchObject({ acme: 'agent', nova: 'mentioned' });
  });
});
