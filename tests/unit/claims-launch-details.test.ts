/**
 * A launch's details with the owner left out (topic-chain.ts, launchDetailLead): after a company
 * brings out a product the article names, a clause opening on its price, its date of sale or its
 * specification is the launching company's claim. Sentences written for these tests, with the
 * fictional names of claims-fixture.ts.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';
import type { ParagraphCarry } from '../../lib/claims/extract';

describe('a launch goes on with its details', () => {
  it('makes price, date of sale and specification claims of the company that launched', () => {
    const claims = claimsOf(
      '星辰科技昨日发布新款手机星辰X9。起售价3999元；首销定于10月31日；内存最高可选16GB，存储最高1TB。',
    );
    expect(claims).toHaveLength(4);
    expect(claims.slice(1).map((c) => roles(c))).toEqual([{ acme: 'agent' }, { acme: 'agent' }, { acme: 'agent' }]);
    expect(claims[2]!.text).toContain('首销定于10月31日');
  });

  it('reads an edition before the detail (标准版售价…)', () => {
    const claims = claimsOf('云海集团昨日发布新款平板Fold2。标准版售价6999元。');
    expect(claims).toHaveLength(2);
    expect(roles(claims[1])).toEqual({ globex: 'agent' });
  });

  it('makes no claim where nothing was launched before (the guard)', () => {
    expect(claimsOf('星辰科技第三季度营收52亿元。起售价3999元。')).toHaveLength(1);
  });

  it('makes no claim of a date of sale with no date, nor of a price of someone else', () => {
    expect(claimsOf('星辰科技昨日发布新款手机星辰X9。首销火爆。')).toHaveLength(1);
    expect(claimsOf('星辰科技昨日发布新款手机星辰X9。行业均价下降至2999元。')).toHaveLength(1);
  });
});

describe('a launch detail after a comma', () => {
  it('stays in the launch claim (推出X，售价…)', () => {
    const claims = claimsOf('星辰科技昨日在官方商城开卖新款手机星辰X9，售价3999元。');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toContain('售价3999元');
  });
});

describe('a launch detail in a later paragraph', () => {
  it('goes on with the company whose launch the article reported, with the chain of details between', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('星辰科技昨日举行发布会，正式发布新一代旗舰手机。', '2024-03-15', carry);
    const [battery, memory] = claimsOf('星辰科技旗舰手机电池容量达5000mAh。内存最高可选16GB。', '2024-03-15', carry);
    expect(roles(battery)).toEqual({ acme: 'agent' });
    expect(memory?.text).toContain('内存最高可选16GB');
    expect(roles(memory)).toEqual({ acme: 'agent' });
  });

  it('is not read of a company the article never said launched anything', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('星辰科技昨日公布季度财报。', '2024-03-15', carry);
    expect(claimsOf('星辰科技季度营收达52亿元。内存最高可选16GB。', '2024-03-15', carry)).toHaveLength(1);
  });
});
