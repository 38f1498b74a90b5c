/**
 * Hong Kong wording for profit: 溢利 (and 股东应占溢利, profit attributable to shareholders) is a
 * metric the topic owns (vocabulary.ts OWNED_METRICS, topic-chain.ts READING), so a clause opening
 * on it after a semicolon states a figure of its own about the company reporting, as 净利 does. A
 * clause opening on a generic noun stays as it was. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

const claims = (paragraph: string) => claimsOf(paragraph, '2024-03-15');

describe('溢利 as a metric of the company reporting', () => {
  it('股东应占溢利 after a semicolon: a claim of its own, the company its agent', () => {
    const all = claims('星辰科技昨日公布季度业绩，收入按年增长8%至280亿元；股东应占溢利46亿元，按年增长33%。');
    const profit = all.find((c) => c.text.includes('股东应占溢利'));
    expect(roles(profit)).toEqual({ acme: 'agent' });
    expect(profit!.text.startsWith('星辰科技…')).toBe(true);
    expect(profit!.kind).toBe('figure');
    const revenue = all.find((c) => c.text.includes('收入按年增长8%'));
    expect(revenue!.text).not.toContain('溢利');
  });

  it('溢利 opening a sentence after the results', () => {
    const profit = claims('蓝鲸智能昨日公布全年业绩。溢利按年增长12%至9亿元。').find((c) => c.text.includes('溢利'));
    expect(roles(profit)).toEqual({ initech: 'agent' });
  });
});

describe('not the reporting company’s metric', () => {
  it('溢利 with an owner of its own named before it is that owner’s', () => {
    const all = claims('星辰科技昨日公布季度业绩，收入按年增长8%至280亿元；云海集团的溢利则下滑5%。');
    const other = all.find((c) => c.text.includes('云海集团的溢利'));
    expect(roles(other)).toEqual({ globex: 'agent' });
  });
});
