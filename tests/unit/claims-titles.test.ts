/**
 * The closed class of titles (lib/claims/titles.ts), on sentences written for these tests: compound
 * and regional titles read whole, officers apart from board seats and staff, and a person
 * introduced with a regional title speaking for the organization.
 */
import { describe, expect, it } from 'vitest';
import '../../lib/claims/node-jieba';
import { defaultSegmenter } from '../../lib/claims/segment';
import { MEMBER_NOUN } from '../../lib/claims/cues';
import {
  ALL_TITLES,
  BOARD_TITLES,
  OFFICER,
  OFFICER_TITLES,
  STAFF_TITLES,
  TITLE_PATTERN,
} from '../../lib/claims/titles';
import { claimsOf, roles } from './claims-fixture';

const words = (text: string) => defaultSegmenter().tokens(text, []);

describe('titles', () => {
  it('keeps the three kinds apart, and every title a member noun', () => {
    for (const title of ALL_TITLES) expect(MEMBER_NOUN.test(title), title).toBe(true);
    expect(OFFICER_TITLES.filter((t) => BOARD_TITLES.includes(t) || STAFF_TITLES.includes(t))).toEqual([]);
    expect(BOARD_TITLES.filter((t) => STAFF_TITLES.includes(t))).toEqual([]);
    expect(OFFICER.test('执行长')).toBe(true);
    expect(OFFICER.test('员工')).toBe(false);
    expect(OFFICER.test('董事')).toBe(false);
  });

  it('reads a title built from modifiers, or a chief officer the list does not name, as a title', () => {
    const title = new RegExp(`^${TITLE_PATTERN}$`);
    for (const t of ['代理执行长', '联席ceo', '高级副总裁', '首席数据官', '独立董事', '共同创办人'])
      expect(title.test(t), t).toBe(true);
    for (const t of ['员工', '工程师', '首席', '技术']) expect(title.test(t), t).toBe(false);
  });

  it('joins the pieces jieba cuts a compound or regional title into', () => {
    const cut = (text: string) => words(text).map((t) => t.word);
    expect(cut('星辰科技首席技术官赵强表示')).toContain('首席技术官');
    expect(cut('星辰科技财务长赵强指出')).toContain('财务长');
    expect(cut('多名星辰科技高管离职')).toContain('高管');
    expect(words('星辰科技高管离职').find((t) => t.word === '高管')?.tag).toBe('n');
  });

  it('never splits a word of jieba to make a title (技术/长期, 执行/董事会)', () => {
    const cut = (text: string) => words(text).map((t) => t.word);
    expect(cut('该技术长期被少数厂商垄断')).not.toContain('技术长');
    expect(cut('执行董事会通过了该决议')).not.toContain('执行董事');
  });

  it('learns a person introduced with a Taiwan or Hong Kong title as speaking for the organization', () => {
    const claims = claimsOf(
      '星辰科技营运长赵强在记者会上表示，公司今年将扩大招聘。赵强还说，公司将在欧洲设立研发中心。',
    );
    const later = claims.find((c) => c.text.includes('欧洲'));
    expect(later?.attribution).toMatchObject({ kind: 'person' });
    expect(roles(later).acme).toBe('agent');
  });

  it('reads an executive with a compound or regional title as a person speaking, not the organization', () => {
    const [cto] = claimsOf('星辰科技首席技术官赵强表示，公司明年将推出新模型。');
    expect(cto?.attribution).toMatchObject({ kind: 'person' });
    expect(roles(cto).acme).toBe('agent');
    const [chair] = claimsOf('云海集团董座赵强表示，集团明年将推出新模型。');
    expect(chair?.attribution).toMatchObject({ kind: 'person' });
    const [executives] = claimsOf('云海集团高管表示，公司明年将推出新模型。');
    expect(executives?.attribution).toMatchObject({ kind: 'person' });
  });
});
