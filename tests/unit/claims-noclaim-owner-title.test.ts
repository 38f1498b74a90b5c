/**
 * The definite company owning a title (公司首席财务官, 该公司…发言人, a department between), then a
 * name — a Latin one jieba does not tag a person's — is an officer of the company the text is
 * about, who speaks for it (proposition-speaker.ts: titledOfficer, OWNER_TITLED).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('an officer titled by the company in focus', () => {
  it('speaks for it after a bare 公司 and a Latin name', () => {
    const [, said] = claimsOf(
      '云海集团第二季度的毛利率降至31%。公司首席财务官Mark Hollis解释称，这主要源于新产线爬坡带来的折旧压力。',
    );
    expect(said?.text).toContain('折旧压力');
    expect(said?.attribution).toMatchObject({ kind: 'person' });
    expect(roles(said)).toEqual({ globex: 'agent' });
  });

  it('speaks for it after 该公司 and a department before the title', () => {
    const [, said] = claimsOf(
      '蓝鲸智能本周遭到监管机构调查。该公司欧洲业务财务长Anna Berg称，相关罚款将在三季度入账。',
    );
    expect(said?.attribution).toMatchObject({ kind: 'person' });
    expect(roles(said)).toEqual({ initech: 'agent' });
  });

  it('does not read a company whose name owns the title as the one in focus', () => {
    const [, said] = claimsOf('云海集团第二季度的毛利率降至31%。星辰科技首席财务官周明表示，下半年将推出两款新芯片。');
    expect(roles(said)).toMatchObject({ acme: 'agent' });
    expect(roles(said).globex).toBeUndefined();
  });

  it('leaves the organization framing the proposition in focus (X方面，公司总裁…)', () => {
    const [, said] = claimsOf(
      '云海集团第二季度的毛利率降至31%。星辰科技方面，公司总裁日前在微博上表示，星辰科技今年的出货量稳居前三。',
    );
    expect(roles(said)).toEqual({ acme: 'agent' });
    expect(said?.text.startsWith('云海集团')).toBe(false);
  });
});
