/**
 * A new act of the same subject chained with a comma alone (流水句): 反诉…，索偿…; 下调…，维持…评级;
 * 须向Y赔偿…. A later clause opening on a verb of a closed class of acts (claiming or paying
 * damages, keeping a rating, stopping, recalling, suing) is a claim of its own, the subject carried.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('an act chained with a comma alone is a claim of its own', () => {
  it('cuts a claim for damages after a countersuit, carrying the subject', () => {
    const claims = claimsOf('蓝鲸智能随后起诉星辰科技侵犯其3项专利，索赔约2亿元。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toContain('索赔约2亿元');
    expect(claims[1]!.text).not.toContain('侵犯其3项专利');
    expect(roles(claims[1]).initech).toBe('agent');
  });

  it('cuts a modal act, also one led by the party it is done toward (须向Y赔偿…)', () => {
    const claims = claimsOf('星辰科技关闭了南京研究院，须暂停全部在研项目。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toContain('须暂停全部在研项目');
    expect(roles(claims[1]).acme).toBe('agent');
    const owed = claimsOf('星辰科技撤回了上诉，须向蓝鲸智能赔偿3000万元。');
    expect(owed).toHaveLength(2);
    expect(owed[1]!.text).toContain('须向蓝鲸智能赔偿3000万元');
    expect(roles(owed[1]).acme).toBe('agent');
  });

  it('cuts what is kept after a price change (维持…)', () => {
    const claims = claimsOf('蓝鲸智能下调了旗舰芯片的售价，维持原有的保修政策。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toContain('维持原有的保修政策');
  });

  it('keeps a bare change, a ranking after a figure and a verb outside the class with the clause before', () => {
    expect(claimsOf('星辰科技第三季度营收52亿元，同比增长18%。')).toHaveLength(1);
    expect(claimsOf('星辰科技第三季度出货1200万台，仅次于蓝鲸智能。')).toHaveLength(1);
    expect(claimsOf('蓝鲸智能推出了新款芯片，支持多种大模型。')).toHaveLength(1);
  });
});
