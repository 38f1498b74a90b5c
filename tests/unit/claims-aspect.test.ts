/**
 * Aspect turns in what one party says (lib/claims/aspect.ts): a done fact (已, 了) and a plan after
 * it (将, 预计) are two claims, each tagged by its own words; a bare 将 going on with the same
 * subject (what the done thing leads to, or 将 as 把) stays one claim.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

const pieces = (paragraph: string) =>
  claimsOf(paragraph, '2024-09-14').map((c) => ({
    modality: c.modality,
    attribution: c.attribution.kind,
    text: c.text,
  }));

describe('a done fact and a plan after it are cut apart', () => {
  it('cuts before a part of the speaker that will act next (B也将…)', () => {
    const got = pieces('星辰科技昨日在财报会议上表示，新一代芯片已开始量产出货，第二代产品也将在下半年供货。');
    expect(got).toHaveLength(2);
    expect(got[0]).toMatchObject({ modality: 'fact', attribution: 'organization' });
    expect(got[0]!.text).not.toContain('将');
    expect(got[1]).toMatchObject({ modality: 'forecast', attribution: 'organization' });
    expect(got[1]!.text).toContain('第二代产品也将在下半年供货');
  });

  it('cuts before an impersonal 预计, which keeps the speaker before it', () => {
    const got = pieces('云海集团表示，已完成新一轮路测，预计相关服务最快明年可上线。');
    expect(got).toHaveLength(2);
    expect(got[0]).toMatchObject({ modality: 'fact', attribution: 'organization' });
    expect(got[1]).toMatchObject({ modality: 'forecast', attribution: 'organization' });
    expect(got[1]!.text).toContain('预计相关服务最快明年可上线');
  });

  it('cuts before a time of its own opening the plan (未来将…)', () => {
    const got = pieces('蓝鲸智能方面表示，公司主动减少了低毛利的硬件订单，未来将聚焦云服务业务。');
    expect(got).toHaveLength(2);
    expect(got[0]!.modality).toBe('fact');
    expect(got[1]!.modality).toBe('forecast');
  });
});

describe('what stays one claim', () => {
  it('keeps a bare 将 of the same subject with the done fact', () => {
    const got = pieces('星辰科技表示，新一代芯片已全面投产，将在年底前开始出货。');
    expect(got).toHaveLength(1);
    expect(got[0]!.text).toContain('已全面投产，将在年底前开始出货');
  });

  it('keeps 将 as 把 with the clause before', () => {
    const got = pieces('星辰科技表示，已与多家车企达成协议，将自研芯片装进对方的新车。');
    expect(got).toHaveLength(1);
    expect(got[0]!.text).toContain('达成协议，将自研芯片装进对方的新车');
  });

  it('does not cut a plan that is not after a done fact', () => {
    const got = pieces('星辰科技表示，正在测试新一代芯片，第二代产品也将在下半年供货。');
    expect(got.every((c) => !c.text.endsWith('正在测试新一代芯片'))).toBe(true);
  });
});
