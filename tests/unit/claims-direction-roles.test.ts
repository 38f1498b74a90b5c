/**
 * Who acts and who is acted on, in two closed constructions:
 * - backers named for the company carried on (投资方包括…, 其股东名单包括…, 投资方名单中出现了…) make it
 *   the investee, `object`, as X的投资方 does; a company that is itself a shareholder keeps its stake;
 * - an officer speaking of his own company only as the one an act is aimed at (外界对X的打压) leaves the
 *   company `object`, while the company he speaks for otherwise acts.
 * Fictional sentences only (see claims-fixture.ts), Simplified and Traditional (the fixture's
 * person names are Simplified, so the speaker cases are Simplified only).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

const claim = (paragraph: string, part: string) => claimsOf(paragraph).find((c) => c.text.includes(part));

describe('backers named for the company carried on', () => {
  it('投资方包括… after the company’s own sentence', () => {
    const c = claim(
      '星辰科技成立于2020年。该公司估值超过30亿元，投资方包括红杉、远山资本、云海集团和蓝鲸智能等。',
      '投资方',
    );
    expect(roles(c)).toMatchObject({ acme: 'object', umbrella: 'listed', globex: 'listed', initech: 'listed' });
  });

  it('其早期股東名單包括… (Traditional)', () => {
    const c = claim('星辰科技成立於2020年。其早期股東名單包括Nova、Orion、紅杉等機構。', '股東名單');
    expect(roles(c)).toMatchObject({ acme: 'object', nova: 'listed', orion: 'listed' });
  });

  it('投资方名单中同时出现了…', () => {
    const c = claim(
      '星辰科技成立于2020年。这家公司去年累计获得超过20亿元融资，投资方名单中同时出现了云海集团、蓝鲸智能、远山资本等机构。',
      '名单',
    );
    expect(roles(c)).toMatchObject({ acme: 'object' });
  });

  it('a company that is a shareholder of another stays the agent of its stake', () => {
    const c = claim('星辰科技是云海集团的股东。', '股东');
    expect(roles(c)).toEqual({ acme: 'agent', globex: 'object' });
  });
});

describe('an officer speaking of his company as the one an act is aimed at', () => {
  it('对X的打压: the company is the counterpart, the officer mentioned', () => {
    const c = claim('星辰科技创始人张明远昨日在论坛上表示，外界对星辰科技的打压可能还会升级。', '打压');
    expect(roles(c)).toEqual({ acme: 'object', zhang: 'mentioned' });
  });

  it('向X施压: the same after 向', () => {
    const c = claim('星辰科技创始人张明远表示，海外监管机构可能会继续向星辰科技施压。', '施压');
    expect(roles(c)).toEqual({ acme: 'object', zhang: 'mentioned' });
  });

  it('his company named as the subject of what he tells, another after 对: the company acts', () => {
    const c = claim('星辰科技创始人张明远表示，星辰科技将对云海集团提起诉讼。', '诉讼');
    expect(roles(c)).toEqual({ acme: 'agent', zhang: 'mentioned', globex: 'object' });
  });

  it('a plan of the company he tells: the company acts', () => {
    const c = claim('星辰科技执行长张明远表示，公司将在明年推出新芯片。', '新芯片');
    expect(roles(c)).toEqual({ acme: 'agent', zhang: 'mentioned' });
  });
});
