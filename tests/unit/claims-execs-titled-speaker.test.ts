/**
 * A gazetteer person the text writes as an officer of a company right before his name (星辰科技执行长
 * 张明远) speaks and announces for that company: the company is `agent`, the person `mentioned`
 * (README: a gazetteer executive speaking for his company's act, figures or plans is `mentioned`).
 * His own moves of office, his own holdings and his judgements stay his; a clause going on after he
 * named another party is that party's.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('an officer written with his company speaks for it', () => {
  it('makes the company announce what its officer announces', () => {
    const [c] = claimsOf('星辰科技执行长张明远昨日宣布推出新一代服务器芯片。');
    expect(roles(c)).toEqual({ acme: 'agent', zhang: 'mentioned' });
    expect(c!.attribution).toMatchObject({ kind: 'person', entityId: 'zhang' });
  });

  it('makes the company tell a fact its officer posts', () => {
    const [c] = claimsOf('星辰科技首席执行官张明远随后在社交平台上发文称，两位高管是各自作出离开的决定。');
    expect(roles(c)).toEqual({ acme: 'agent', zhang: 'mentioned' });
    expect(c!.kind).toBe('statement');
    expect(c!.modality).toBe('fact');
  });

  it('goes on into a clause after the words when no other party was named', () => {
    const cs = claimsOf('星辰科技董事长兼CEO张明远宣布，未来五年将投入80亿元扩建工厂，存储业务是其中的重点。');
    expect(cs.map(roles)).toEqual([
      { acme: 'agent', zhang: 'mentioned' },
      { acme: 'agent', zhang: 'mentioned' },
    ]);
  });

  it('keeps his own move of office and his own view his', () => {
    expect(roles(claimsOf('星辰科技创始人张明远周一宣布离职。')[0])).toEqual({ acme: 'object', zhang: 'agent' });
    const [view] = claimsOf('星辰科技首席执行官张明远认为，开源模型会越来越落后。');
    expect(roles(view)).toEqual({ acme: 'mentioned', zhang: 'agent' });
  });

  it('leaves a party the words name the agent, and a clause going on after it', () => {
    const cs = claimsOf('星辰科技执行长张明远在大会上透露，Nova的月活用户已突破3000万，日均调用量也超过5亿次。');
    expect(roles(cs[0])).toEqual({ acme: 'mentioned', zhang: 'mentioned', nova: 'agent' });
    expect(roles(cs[1]).acme).toBeUndefined();
  });

  it('does not move a bare name or a former officer to the company', () => {
    expect(roles(claimsOf('张明远表示，两位高管是各自作出离开的决定。')[0])).toEqual({ zhang: 'agent' });
    const [former] = claimsOf('云海集团前CEO张明远宣布推出一款新的芯片。');
    expect(roles(former).zhang).toBe('agent');
    expect(roles(former).globex).not.toBe('agent');
  });
});

describe('a thing counted by a classifier is expected, it does not speak', () => {
  it('keeps the officer the source of what a thing is expected to do', () => {
    const [c] = claimsOf('星辰科技董事长周大海受访时指出，这座超算中心的第一期预计今年内上线。');
    expect(roles(c)).toEqual({ acme: 'agent' });
    expect(c!.attribution.kind).toBe('person');
    expect(c!.kind).toBe('forecast');
  });

  it('leaves a person counted by 位 a speaker', () => {
    const [c] = claimsOf('这位分析师预计，星辰科技今年营收将增长两成。');
    expect(c!.attribution).toMatchObject({ kind: 'unnamed' });
  });
});
