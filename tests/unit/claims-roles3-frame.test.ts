/**
 * A fronted when-clause whose subject is a run of names acting in it ("在X、Y等公司相继推出Z后，…"):
 * with no party named in the main clause, the names are who the claim is about (agents), as a single
 * name there is; their mere coming (X与Y发布之后) stays a scene. Fictional sentences only
 * (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a when-clause opened by a run of names', () => {
  it('makes names joined by 、 (and 等 with their kind) agents of the act in the frame', () => {
    const [claim] = claimsOf('在星辰科技、云海集团相继推出视频模型后，初创公司更难追赶。');
    expect(roles(claim)).toEqual({ acme: 'agent', globex: 'agent' });
    const [kind] = claimsOf(
      '有分析师表示，在星辰科技、云海集团等头部公司陆续推出类Nova的语音模型之后，小厂的空间被压缩。',
    );
    expect(roles(kind)).toEqual({ acme: 'agent', globex: 'agent', nova: 'mentioned' });
  });

  it('joins names by 与 as well', () => {
    const [claim] = claimsOf('在星辰科技与云海集团宣布降价之后，中小厂商纷纷跟进。');
    expect(roles(claim)).toEqual({ acme: 'agent', globex: 'agent' });
  });

  it('leaves names whose frame only tells their coming mentioned', () => {
    const [claim] = claimsOf('在星辰科技与云海集团发布之后，行业格局大变。');
    expect(roles(claim)).toEqual({ acme: 'mentioned', globex: 'mentioned' });
    const [one] = claimsOf('从Nova发布至今，国内还没有一家公司推出同类产品。');
    expect(roles(one)).toEqual({ nova: 'mentioned' });
  });

  it('leaves the frame a scene when the main clause names who acts', () => {
    const [claim] = claimsOf('在星辰科技、云海集团相继推出视频模型后，蓝鲸智能也发布了Orion。');
    expect(roles(claim)).toMatchObject({ acme: 'mentioned', globex: 'mentioned', initech: 'agent' });
  });
});
