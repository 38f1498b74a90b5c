/**
 * Hong Kong and Taiwan news write a listed company with its stock code in brackets (X（1234）).
 * Inside an enumeration the code is part of its item, so the list goes on after it, and an
 * enumeration of three or more (names the gazetteer lacks counted, up to the 等 that closes it)
 * leaves its known names `listed`, not the object of the verb (README: three enumerated items are
 * `listed`). Fictional sentences only (claims-fixture.ts); the Traditional ones go through a helper
 * that knows the Traditional spellings of the fixture's names.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';
import { extractParagraph } from '../../lib/claims/extract';
import { Segmenter } from '../../lib/claims/segment';
import { foldText } from '../../lib/text/convert';

const TYPES: Record<string, string> = { acme: 'company', globex: 'company', initech: 'company' };
const HANT: Record<string, string> = { 星辰科技: 'acme', 雲海集團: 'globex', 藍鯨智能: 'initech' };
let segmenter: Segmenter | null = null;

/** A Traditional paragraph's claims, its names found as the compiler finds them. */
function hantClaims(paragraph: string) {
  const mentions: Array<{ start: number; end: number; entityId: string }> = [];
  for (const [name, id] of Object.entries(HANT))
    for (let at = paragraph.indexOf(name); at >= 0; at = paragraph.indexOf(name, at + name.length))
      mentions.push({ start: at, end: at + name.length, entityId: id });
  mentions.sort((a, b) => a.start - b.start);
  return extractParagraph(paragraph, foldText(paragraph), mentions, {
    articleDate: '2024-03-15',
    typeOf: (id) => TYPES[id],
    segmenter: (segmenter ??= new Segmenter(Object.keys(HANT).map(foldText))),
  });
}

describe('a stock code in brackets inside an enumeration', () => {
  it('the list goes on past the codes, its unknown members counted (Simplified)', () => {
    const [claim] = claimsOf(
      '美国商务部昨日将星辰科技（1234）、云海集团（600123）、长丰储能及远帆通信等多家公司加入出口管制名单。',
    );
    expect(roles(claim)).toEqual({ acme: 'listed', globex: 'listed' });
  });

  it('three known names with codes (Traditional)', () => {
    const [claim] = hantClaims('美國商務部將星辰科技（1234）、雲海集團（600123）及藍鯨智能（2468）列入實體清單。');
    expect(roles(claim)).toEqual({ acme: 'listed', globex: 'listed', initech: 'listed' });
  });

  it('a last member the gazetteer lacks before 等 closes the list without codes too', () => {
    const [claim] = claimsOf('监管部门将星辰科技、云海集团、长丰储能及远帆通信等多家企业列入名单。');
    expect(roles(claim)).toEqual({ acme: 'listed', globex: 'listed' });
  });
});

describe('what must not change', () => {
  it('a code after a name that is no list item leaves the name acting (Simplified)', () => {
    const all = claimsOf('星辰科技（1234）今日股价上涨3%，云海集团（600123）则下跌2%。');
    expect(roles(all.find((c) => c.text.includes('上涨')))).toEqual({ acme: 'agent' });
    expect(roles(all.find((c) => c.text.includes('下跌')))).toEqual({ globex: 'agent' });
  });

  it('two names with codes are no enumeration (Traditional)', () => {
    const [claim] = hantClaims('美國商務部將星辰科技（1234）與雲海集團（600123）列入實體清單。');
    expect(Object.values(roles(claim))).not.toContain('listed');
  });
});
