/**
 * Short names a text declares for a name it has just given: 阿里巴巴集团控股有限公司（以下简称“阿里”）,
 * 《生成式人工智能服务管理暂行办法》（下称《办法》）, 火山引擎（簡稱「火山」）. News copy, filings and
 * regulations declare a short form once and use it from then on, so on that page the short form
 * is that entity. It never joins the gazetteer: the same short form elsewhere may be anything.
 *
 * Works on folded text (lib/text/fold.ts: half-width ASCII punctuation, Simplified where the fold
 * table has the character; the table only holds characters of names, so the patterns spell 簡/稱/為
 * both ways); offsets are the original text's.
 */
import type { Mention } from './evidence';

export interface DeclaredName {
  /** The short form as folded, without its quotes. */
  name: string;
  entityId: string;
  /** Declared inside 《》: only 《name》, marks and all, is a use of it (《办法》, not every 办法). */
  titled: boolean;
  /** Where the short form stands in its declaration: uses count from here on. */
  from: number;
}

/**
 * The legal form a registered name goes on with after the part the gazetteer knows: 星辰科技 +
 * 股份有限公司, 微软 + (中国)有限公司, 阿里巴巴 + 集团控股有限公司 (folded, so 團 → 团 where the
 * fold table has it; both spellings are listed for the rest).
 */
const LEGAL_FORM =
  '(?:集团|集團|控股|股份|有限|责任|責任|公司|科技|网络|網絡|信息|資訊|技术|技術|智能|\\((?:中国|中國|北京|上海|深圳|杭州|香港|台湾|台灣)\\))*';
const OPEN = '“"「『《';
const CLOSE = '”"」』》';
/** "(以下简称“X”)" / "(下称X)" / "(简称:X)", right after the name (its legal form or closing title mark between). */
const IN_PARENTHESES = new RegExp(
  `^[》」”"]?${LEGAL_FORM}\\s*\\(\\s*(?:(?:以下|下文|下面|下)\\s*(?:[简簡][称稱]|[称稱])|[简簡][称稱])[为為]?\\s*:?\\s*([${OPEN}]?)([^${OPEN}${CLOSE}()\\s,。;、]{2,16})[${CLOSE}]?\\s*\\)`,
);
/** ", 以下简称“X”," without parentheses. */
const AFTER_COMMA = new RegExp(
  `^[》」”"]?${LEGAL_FORM}\\s*,\\s*(?:以下|下文)(?:[简簡][称稱]|[称稱])[为為]?\\s*([${OPEN}]?)([^${OPEN}${CLOSE}()\\s,。;、]{2,16})[${CLOSE}]?(?=[,。;])`,
);

/**
 * Nouns a filing declares for its own subject ("（以下简称“公司”）"): marking every 公司 on the
 * page would mark a common word, so they count only when declared as a 《title》 (both scripts
 * spelled out: the fold table does not hold these characters).
 */
const COMMON_NOUN =
  /^(?:本|该|該|此)?(?:公司|集团|集團|企业|企業|平台|平臺|本行|银行|銀行|基金|协会|協會|机构|機構|委员会|委員會|办法|辦法|规定|規定|条例|條例|通知|意见|意見|报告|報告|项目|項目|计划|計劃)$/;

/** The short forms declared right after `mentions` (mentions sorted or not). */
export function declaredNames(folded: string, mentions: readonly Mention[]): DeclaredName[] {
  const out: DeclaredName[] = [];
  for (const mention of mentions) {
    // Room for a legal form (集团控股有限公司), the declaration words and a 16-character short form.
    const rest = folded.slice(mention.end, mention.end + 60);
    const m = IN_PARENTHESES.exec(rest) ?? AFTER_COMMA.exec(rest);
    if (!m) continue;
    const titled = m[1] === '《';
    const name = m[2]!;
    if (!titled && COMMON_NOUN.test(name)) continue;
    out.push({
      name,
      entityId: mention.entityId,
      titled,
      from: mention.end + m[0].lastIndexOf(name) - (titled ? 1 : 0),
    });
  }
  return out;
}

/**
 * Uses of the declared short forms in `folded` from each declaration on, leaving out any that
 * overlaps a mention already found (阿里 inside 阿里云 is 阿里云's). A form declared twice for two
 * entities is ambiguous and left alone.
 */
export function declaredMentions(
  folded: string,
  declared: readonly DeclaredName[],
  existing: readonly Mention[],
): Mention[] {
  const entitiesOf = new Map<string, Set<string>>();
  for (const d of declared) entitiesOf.set(d.name, (entitiesOf.get(d.name) ?? new Set()).add(d.entityId));
  const taken = [...existing];
  const out: Mention[] = [];
  for (const d of declared) {
    if (entitiesOf.get(d.name)!.size > 1) continue;
    const surface = d.titled ? `《${d.name}》` : d.name;
    for (let at = folded.indexOf(surface); at >= 0; at = folded.indexOf(surface, at + surface.length)) {
      // A title's mention takes its marks, as the gazetteer's titles do (lib/match/document-titles.ts).
      const mention = { start: at, end: at + surface.length, entityId: d.entityId };
      if (at < d.from) continue;
      if (taken.some((m) => m.start < mention.end && mention.start < m.end)) continue;
      taken.push(mention);
      out.push(mention);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether block `a` stands before block `b` in the page (false for the same block). */
export type BlockPrecedes<B> = (a: B, b: B) => boolean;

/** A short name as the page declared it, and the block it was declared in. */
export interface PageDeclaration<B> extends DeclaredName {
  block: B;
}

/**
 * A declaration the page has not applied yet: the blocks after `declaration.block` in page order,
 * and before `until` when the same declaration was already known further down, were read without
 * it and may hold uses to mark.
 */
export interface NewDeclaration<B> {
  declaration: PageDeclaration<B>;
  until: B | null;
}

/**
 * A page's declarations as its blocks are read, in any order (the scanner reads blocks as the
 * page adds them; the CLI in page order). A short form declared in a block holds in every block
 * after it in page order, and in its own block from where it stands; never before it.
 */
export class PageDeclarations<B> {
  private readonly declared: PageDeclaration<B>[] = [];
  private readonly precedes: BlockPrecedes<B>;

  constructor(precedes: BlockPrecedes<B>) {
    this.precedes = precedes;
  }

  /**
   * Uses of the page's short forms in one block, given the block's mentions, and the block's own
   * declarations the page did not know yet, or knew only from a later block: the caller owes the
   * blocks it read before this one a look for their uses (`usesOf`).
   */
  read(block: B, folded: string, mentions: readonly Mention[]): { uses: Mention[]; declared: NewDeclaration<B>[] } {
    const fresh = declaredNames(folded, mentions);
    if (!fresh.length && !this.declared.length) return { uses: [], declared: [] };
    const uses = declaredMentions(folded, [...this.holdingIn(block), ...fresh], mentions);
    const declared: NewDeclaration<B>[] = [];
    for (const d of fresh) {
      const known = this.declared.find((x) => x.name === d.name && x.entityId === d.entityId);
      const declaration = { ...d, block };
      if (!known) {
        this.declared.push(declaration);
        declared.push({ declaration, until: null });
      } else if (this.precedes(block, known.block)) {
        declared.push({ declaration, until: known.block });
        Object.assign(known, declaration);
      } else if (!this.precedes(known.block, block)) {
        // The same block read again, or one the order cannot place (it left the page): the latest stands.
        Object.assign(known, declaration);
      }
    }
    return { uses, declared };
  }

  /**
   * Uses of one declared short form in a block read before the page declared it. Nothing when
   * the block stands before the declaration, or when the form is declared for two entities.
   */
  usesOf(declaration: DeclaredName & { block: B }, block: B, folded: string, mentions: readonly Mention[]): Mention[] {
    if (!this.precedes(declaration.block, block)) return [];
    const surface = declaration.titled ? `《${declaration.name}》` : declaration.name;
    return declaredMentions(folded, this.holdingIn(block), mentions).filter(
      (m) => m.entityId === declaration.entityId && folded.slice(m.start, m.end) === surface,
    );
  }

  /** The declarations made in blocks before `block`: they hold in all of it. */
  private holdingIn(block: B): DeclaredName[] {
    return this.declared.filter((d) => this.precedes(d.block, block)).map((d) => ({ ...d, from: -Infinity }));
  }
}
