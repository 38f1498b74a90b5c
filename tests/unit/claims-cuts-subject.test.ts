/**
 * Cuts where the subject changes and at ；(lib/claims/switch.ts, sentence.ts): a clause after a
 * semicolon is a claim of its own about the subject before when it opens on its predicate, on
 * 其中, a bare 公司 or a part the owner has (a version, a plant, a metric), and none when it opens
 * on a noun of its own; a later clause whose verb of predicting has a name of its own before it
 * (Y则预计…, Y的N预计…) is that name's claim. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a clause after ；is a claim of its own', () => {
  it('cuts a predicate after ；, the subject carried and shown before the clause', () => {
    const claims = claimsOf('蓝鲸智能去年裁员两成；今年将关闭三个研究院。');
    expect(claims).toHaveLength(2);
    expect(claims.map(roles)).toEqual([{ initech: 'agent' }, { initech: 'agent' }]);
    expect(claims[1]!.text).toMatch(/^蓝鲸智能…今年将关闭三个研究院/);
    expect(claims[1]!.modality).toBe('forecast');
  });

  it('cuts a part of what was just said (其中) and a bare 公司, both the subject before', () => {
    const part = claimsOf('蓝鲸智能的服务器收入为120亿元，同比增长9%；其中海外收入约为30亿元。');
    expect(part).toHaveLength(2);
    expect(part[0]!.text).toContain('同比增长9%');
    expect(part[1]!.text).toContain('其中海外收入约为30亿元');
    expect(roles(part[1])).toEqual({ initech: 'agent' });
    const company = claimsOf('星辰科技的服务器收入为120亿元；公司早前已将Nova的价格大幅下调。');
    expect(company).toHaveLength(2);
    expect(roles(company[1])).toEqual({ acme: 'agent', nova: 'object' });
  });

  it("cuts a version of the owner's product, which stands for its maker", () => {
    const claims = claimsOf('蓝鲸智能推出Orion平板，基础版售价2999元；Pro版则换上了更大的屏幕。');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.text).not.toContain('Pro版');
    expect(roles(claims[1])).toEqual({ initech: 'agent' });
  });

  it('makes no claim of the subject before out of a clause a noun of its own leads (an index, a class)', () => {
    for (const text of [
      '星辰科技上季度营收下滑；创业板指数同期下跌约1%。',
      '星辰科技上季度营收下滑；违规企业最高可被处以年营业额6%的罚款。',
    ]) {
      const claims = claimsOf(text);
      expect(claims.map(roles)).toEqual([{ acme: 'agent' }]);
      expect(claims[0]!.text).not.toContain('…');
    }
  });
});

describe('a later clause with a subject of its own before a verb of predicting', () => {
  it('cuts Y则预计… from the first clause, Y the agent', () => {
    const claims = claimsOf('星辰科技的新芯片良率仍然偏低，云海集团则预计明年上半年量产。');
    expect(claims.map(roles)).toEqual([{ acme: 'agent' }, { globex: 'agent' }]);
    expect(claims[1]!.modality).toBe('forecast');
    expect(claims[1]!.dates.map((d) => d.iso)).toEqual(['2025-H1']);
  });

  it("reads Y的N则预计… as Y's, and keeps a medium's report over both pieces", () => {
    const claims = claimsOf('据外媒报道，蓝鲸智能的新芯片良率仍然偏低，云海集团的新制程则预计明年上半年量产。');
    expect(claims.map(roles)).toEqual([{ initech: 'agent' }, { globex: 'agent' }]);
    expect(claims.map((c) => c.modality)).toEqual(['reported', 'reported']);
    expect(claims[1]!.attribution.kind).toBe(claims[0]!.attribution.kind);
  });

  it("gives a later speaker's own act to the speaker, not to the last sentence's agent", () => {
    const claims = claimsOf(
      '对此，星辰科技发言人表示，公司将与监管机构“充分合作”。云海集团则表示，已在上海设立合规团队。',
    );
    const later = claims.find((c) => c.text.includes('合规团队'));
    expect(later && roles(later)).toEqual({ globex: 'agent' });
    expect(later!.text).not.toContain('星辰科技');
  });
});
