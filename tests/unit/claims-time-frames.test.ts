/**
 * Time frames that open a sentence and only date its main clause: "距离X推出Y仅过去约两周，Z就…" (how
 * long after an event) and "自X…起，…" (since an event; 起 closes a time only after 自/从). The
 * event's names are mentioned, as in 在X发布Y之后, and the frame is no fragment claim of its own.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a distance-in-time frame opening a sentence', () => {
  it('dates the main clause, whose subject acts; the earlier event is only mentioned', () => {
    const claims = claimsOf('距离星辰科技推出Nova仅过去约两周，蓝鲸智能就发布了Lyra。');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toBe('距离星辰科技推出Nova仅过去约两周，蓝鲸智能就发布了Lyra。');
    expect(roles(claims[0])).toEqual({ acme: 'mentioned', nova: 'mentioned', initech: 'agent', lyra: 'object' });
  });

  it('reads 距 with a bounded span, a time word before it, and Traditional copy alike', () => {
    expect(roles(claimsOf('距星辰科技发布Nova不到一个月，云海集团便宣布降价。')[0])).toMatchObject({
      acme: 'mentioned',
      globex: 'agent',
    });
    expect(roles(claimsOf('此时距离云海集团发布Orion只有三个月，星辰科技也宣布跟进。')[0])).toMatchObject({
      globex: 'mentioned',
      acme: 'agent',
    });
    expect(claimsOf('距離星辰科技推出Nova僅過去約兩週，蓝鲸智能就發布了Lyra。')).toHaveLength(1);
  });
});

describe('a since-frame closed by 起', () => {
  it('dates the main clause instead of standing as a fragment claim', () => {
    const claims = claimsOf('自星辰科技于去年呼吁AI进入千行百业起，云海集团便加快了布局。');
    expect(claims).toHaveLength(1);
    expect(roles(claims[0])).toEqual({ acme: 'mentioned', globex: 'agent' });
  });

  it("makes the frame's one actor the agent when the main clause names no one", () => {
    const [claim] = claimsOf('自星辰科技于去年呼吁AI进入千行百业起，AI赋能业务的创新便从未停止。');
    expect(claim?.text).toBe('自星辰科技于去年呼吁AI进入千行百业起，AI赋能业务的创新便从未停止。');
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });

  it('leaves 起 after a subject and its verb as it was', () => {
    expect(roles(claimsOf('星辰科技自去年起就开始裁员。')[0])).toEqual({ acme: 'agent' });
  });
});
