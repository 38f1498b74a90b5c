/**
 * Parties the gazetteer lacks: organization names a pronoun or a demonstrative phrase (该公司, 其,
 * 这家企业) may stand for. When one comes between the last known name and the pronoun, the pronoun
 * more likely stands for it, and no known name may take the claim (antecedents.ts). Read on the
 * folded (simplified) paragraph, in paragraph offsets; spans overlapping a known mention are names
 * the gazetteer has.
 */
import type { Token } from './segment';

/** Jieba's tags for proper nouns: a person's, a place's, an organization's, another name, a foreign word. */
const PROPER_TAG = /^(nr|nrt|nrfg|ns|nt|nz|j|x)$/;

/** Head nouns of an organization's proper name: 公司, 集团, 航空, 银行… */
const ORG_HEAD = '公司|集团|航空|银行|证券|资本|基金|控股|实验室';

/**
 * A Latin-letter name with an organization head after it (Zentrix公司, Bosfeld Inc) or in
 * apposition after a class noun (德国企业Bosfeld, 初创公司Vantor): a capitalized word with small
 * letters, not an abbreviation of a title or a trade (CEO, AI, App).
 */
const LATIN_NAME = '[A-Z][A-Za-z0-9&.\\-]*[a-z][A-Za-z0-9&.\\-]*(?: [A-Z][A-Za-z0-9&.\\-]*)*';
const LATIN_HEADED = new RegExp(
  `${LATIN_NAME}\\s?(?:${ORG_HEAD}|公司|集團|銀行|證券|Inc\\.?|Corp\\.?|Ltd\\.?|LLC)`,
  'g',
);
// (Not after a relation to a name before: X母公司Alphabet, X旗下公司Y is X's own.)
const LATIN_APPOSED = new RegExp(
  `(?<![母子分旗下关联控股])(?:公司|企业|企業|厂商|廠商|集团|集團|银行|銀行|初创|初創|新创|新創|机构|機構|对手|對手)\\s?(${LATIN_NAME})`,
  'g',
);
const NOT_A_NAME = /^(App|Pro|Max|Plus|Mini|Ultra|Beta|Demo)$/;

/**
 * An indefinite noun phrase introducing a new party (一家德国芯片公司, 另一家初创企业) — not one
 * predicated of a name (X是一家…公司, 作为一家…企业) nor an ordinal (第一家).
 */
const INDEFINITE = new RegExp(
  `(?<![是为第])(?:另外一家|另一家|一家|一间|另一间)(?:名为|叫)?[^，,。；;：:！？“”「」]{0,10}?(?:${ORG_HEAD}|企业|厂商|初创|新创|机构)`,
  'g',
);

/**
 * A Chinese proper name of two to four characters before an organization head (飞鸿航空, 瑞丰集团),
 * opening a clause or after a place or a conjunction — not a class of business (科技公司, 上市公司,
 * 商业银行, 母公司) nor a quantified or demonstrative one (多家银行, 该公司).
 */
const HAN_HEAD = /公司|集团|航空|银行|证券/g;
/** What may stand right before such a name: a clause's opening, a conjunction, a preposition, a classifier. */
const NAME_BOUNDARY = /[，,。；;：:！？“”「」、\s与和及向由被对跟同位名]/;
const GENERIC_MODIFIER =
  /(科技|技术|芯片|晶片|互联网|网络|软件|硬件|半导体|游戏|汽车|电商|投资|控股|合资|上市|大型|头部|国内|海外|外资|中资|跨国|商业|民营|国有|国营|能源|医药|生物|电信|通信|保险|传统|新创|初创|创业|金融|咨询|顾问|研究|数据|智能|母|子|分|总|本|同|其他|其它|多家|几家|两家|三家|这家|那家|该|此|各|每|某|大|小|中小|新|老|美国|中国|日本|韩国|德国|英国|法国|欧洲|台湾|香港|全球|国际|地方|当地|旗下|关联|竞争|对手|合作|相关|其|一|两|这|那|的|在|为|是|与|和|及|家)$|^(该|这|那|此|其|各|每|某|多|几|一|两|三|本|贵|我|我们|他们|旗下|所有)/;

/** A copula or 作为 before the indefinite in its clause: it describes the name before, not a new party. */
const PREDICATED = /(是|成为|作为|身为|乃|系|为)[^，,。]{0,6}$/;

export interface Span {
  start: number;
  end: number;
}

/**
 * `text` as written (Latin names keep their capitals there) and `folded` (simplified, the same
 * length) for the Chinese patterns; `words`, jieba's words of `folded` with their offsets in it
 * (Segmenter.words: before mentions are forced whole and tags corrected, which would change the
 * tags and cuts read here around names).
 */
export function unknownParties(
  text: string,
  folded: string,
  mentions: readonly Span[],
  words: readonly Token[],
): Span[] {
  const found: Span[] = [];
  const known = (start: number, end: number) => mentions.some((m) => m.start < end && start < m.end);
  const add = (start: number, end: number) => {
    if (!known(start, end)) found.push({ start, end });
  };
  for (const m of text.matchAll(LATIN_HEADED)) add(m.index, m.index + m[0].length);
  for (const m of text.matchAll(LATIN_APPOSED)) {
    const name = m[1]!;
    if (!NOT_A_NAME.test(name)) add(m.index + m[0].length - name.length, m.index + m[0].length);
  }
  for (const m of folded.matchAll(INDEFINITE)) {
    const clause =
      folded
        .slice(0, m.index)
        .split(/[，,。；;！？]/)
        .pop() ?? '';
    if (!PREDICATED.test(clause)) add(m.index, m.index + m[0].length);
  }
  // (The name is a proper noun as jieba tags it — a person's, a place's or another proper name,
  // or the whole is an organization's — never a verb or a quantity before the head: 低于集团,
  // 许多公司.)
  const spans = words;
  // Each head, with the shortest name before it that opens after a boundary and passes (一位瑞丰集团:
  // 瑞丰, not 一位瑞丰).
  for (const h of folded.matchAll(HAN_HEAD)) {
    const headAt = h.index;
    const end = headAt + h[0].length;
    for (let start = headAt - 2; start >= Math.max(0, headAt - 4); start--) {
      const name = folded.slice(start, headAt);
      if (!/^[\u4e00-\u9fff]+$/.test(name)) break;
      if (start > 0 && !NAME_BOUNDARY.test(folded[start - 1]!)) continue;
      const whole = spans.some((w) => w.start === start && w.end === end && w.tag === 'nt');
      const opens = spans.some((w) => w.start === start);
      const last = spans.find((w) => w.end === headAt && w.start >= start);
      // (A name jieba does not know it splits into single characters: 瑞/丰.)
      const inName = spans.filter((w) => w.start >= start && w.end <= headAt);
      const unsplit = inName.length >= 2 && inName.every((w) => w.end - w.start === 1);
      const proper = !!last && (PROPER_TAG.test(last.tag) || unsplit);
      if ((whole || (opens && proper)) && !GENERIC_MODIFIER.test(name)) {
        add(start, end);
        break;
      }
    }
  }

  return found.sort((a, b) => a.start - b.start);
}
