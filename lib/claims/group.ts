/**
 * Groups claims that state the same fact in several articles, links a report to its denial, and
 * ranks claims for an entity. The same fact: the same kind and modality, the same agents and
 * counterparts, the same figures (unit and range) and compatible dates, and at least one of a
 * launched product, a figure or a day to pin it down. Wording is never evidence: two claims in the
 * same words about different figures or dates stay two claims (US$1 billion in 2019 and US$10
 * billion later), and two differently worded claims of the same fact merge.
 */
import type { Attribution, ClaimKind, Modality, Role } from './extract';
import type { DateRef, Figure } from './quantities';
import {
  namedAsEventOwner,
  namedAsExtremeCase,
  namedAsPersonsPost,
  namedOnlyInModifier,
  pluralResolved,
  readableAlone,
  resolvedSubject,
  topicSentence,
} from './readable';
import { evidencePenalty, openQuestion, unattributedQuote } from './evidence';

export interface ClaimSource {
  articleId: string;
  paragraph: number;
  /** Offsets within the paragraph. */
  start: number;
  end: number;
  text: string;
}

export interface Claim {
  id: string;
  kind: ClaimKind;
  modality: Modality;
  attribution: Attribution;
  /** The text of the first source; the others are in `sources`. */
  text: string;
  sources: ClaimSource[];
  entities: Array<{ id: string; role: Role }>;
  figures: Figure[];
  dates: DateRef[];
  /** Ids of claims this one denies or is denied by. */
  contradicts?: string[];
  /** Entity-independent part of the popover ranking. */
  score: number;
}

function figureKey(figures: readonly Figure[]): string {
  return figures
    .map((f) => `${f.unit}:${f.min ?? f.value}-${f.max ?? ''}`)
    .sort()
    .join('|');
}

const idsWith = (claim: Pick<Claim, 'entities'>, role: Role) =>
  claim.entities
    .filter((e) => e.role === role)
    .map((e) => e.id)
    .sort()
    .join(',');

/** Dates agree when every resolved date of one is the same as, or within, one of the other's. */
function datesCompatible(a: readonly DateRef[], b: readonly DateRef[]): boolean {
  const x = a.map((d) => d.iso).filter(Boolean);
  const y = b.map((d) => d.iso).filter(Boolean);
  if (!x.length || !y.length) return true;
  const within = (p: string, q: string) => p.startsWith(q) || q.startsWith(p);
  return x.every((d) => y.some((e) => within(d, e))) || y.every((d) => x.some((e) => within(d, e)));
}

export function sameClaim(a: Claim, b: Claim): boolean {
  if (a.kind !== b.kind || a.modality !== b.modality) return false;
  const agents = idsWith(a, 'agent');
  const objects = idsWith(a, 'object');
  if (agents !== idsWith(b, 'agent') || objects !== idsWith(b, 'object')) return false;
  // Corroboration needs a subject; without one ("我国…大模型已发布79个"), only the same figures
  // at the same resolved date, about a name both share, can be the same fact.
  if (!agents) {
    const ids = new Set(a.entities.map((e) => e.id));
    const shared = b.entities.some((e) => ids.has(e.id));
    const dated = a.dates.some((d) => d.iso) && b.dates.some((d) => d.iso);
    if (!shared || !dated || !a.figures.length) return false;
  }
  if (figureKey(a.figures) !== figureKey(b.figures)) return false;
  if (!datesCompatible(a.dates, b.dates)) return false;
  return objectAnchors(a) || a.figures.length > 0 || (dayAnchors(a) && dayAnchors(b));
}

/**
 * What a statement or an opinion says is not in its kind, names or dates, so without a figure two
 * of them are never the same fact ("X坦言…" and "分析师认为X…" in the same month are two claims).
 */
const CONTENT_IN_WORDS: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['statement', 'opinion']);

/**
 * A date alone pins down one act only to the day, and only for an act: a company launches,
 * invests and says many things in one month or year.
 */
function dayAnchors(claim: Claim): boolean {
  return !CONTENT_IN_WORDS.has(claim.kind) && claim.dates.some((d) => d.iso && d.precision === 'day');
}

/** Whether any other claim could be the same fact (see sameClaim): a subject and an anchor. */
function mergeable(claim: Claim): boolean {
  const dated = claim.dates.some((d) => d.iso);
  if (!idsWith(claim, 'agent')) return claim.figures.length > 0 && dated;
  return objectAnchors(claim) || claim.figures.length > 0 || dayAnchors(claim);
}

/**
 * A counterpart alone pins down a launch (a product is launched once), but not an investment,
 * a comparison or a statement: without a figure or a date, two articles saying "X投资了Y" may
 * be two rounds.
 */
function objectAnchors(claim: Pick<Claim, 'kind' | 'entities'>): boolean {
  return claim.kind === 'launch' && idsWith(claim, 'object') !== '';
}

/** Claims that can be the same fact share this key; only dates and names are left to compare. */
function factKey(claim: Claim): string {
  return [claim.kind, claim.modality, idsWith(claim, 'agent'), idsWith(claim, 'object'), figureKey(claim.figures)].join(
    '\u0001',
  );
}

/**
 * Merges claims from different articles that state the same fact; keeps the first's text.
 * Candidates are looked up by their fact key, so the work grows with the corpus, not its square.
 */
export function groupClaims(claims: readonly Claim[]): Claim[] {
  const groups: Claim[] = [];
  const articlesOf = new Map<Claim, Set<string>>();
  const byKey = new Map<string, Claim[]>();
  for (const claim of claims) {
    const article = claim.sources[0]!.articleId;
    const key = mergeable(claim) ? factKey(claim) : null;
    const candidates = key === null ? [] : (byKey.get(key) ?? []);
    const match = candidates.find((g) => !articlesOf.get(g)!.has(article) && sameClaim(g, claim));
    if (!match) {
      const group = { ...claim, sources: [...claim.sources], entities: [...claim.entities] };
      groups.push(group);
      articlesOf.set(group, new Set([article]));
      if (key !== null) {
        candidates.push(group);
        byKey.set(key, candidates);
      }
      continue;
    }
    match.sources.push(...claim.sources);
    articlesOf.get(match)!.add(article);
    for (const entity of claim.entities)
      if (!match.entities.some((e) => e.id === entity.id)) match.entities.push(entity);
    if (!match.dates.some((d) => d.iso)) match.dates = claim.dates;
  }
  return groups.map((g) => ({ ...g, score: baseScore(g) }));
}

/**
 * A denial and the report it denies: the denial's agent is the report's agent, and the report is
 * a rumour (reported) in the same paragraph, or shares a counterpart with the denial. Reports are
 * indexed by agent, so this stays linear in the number of claims.
 */
export function linkContradictions(claims: readonly Claim[]): void {
  const reportsBy = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.modality !== 'reported') continue;
    const agent = idsWith(c, 'agent');
    if (agent) reportsBy.set(agent, [...(reportsBy.get(agent) ?? []), c]);
  }
  for (const denial of claims) {
    if (denial.modality !== 'denied') continue;
    const agent = idsWith(denial, 'agent');
    if (!agent) continue;
    const objects = new Set(denial.entities.filter((e) => e.role === 'object').map((e) => e.id));
    const where = denial.sources[0]!;
    for (const report of reportsBy.get(agent) ?? []) {
      const nearby = report.sources.some((s) => s.articleId === where.articleId && s.paragraph === where.paragraph);
      const sameObject = report.entities.some((e) => e.role === 'object' && objects.has(e.id));
      if (!nearby && !sameObject) continue;
      denial.contradicts = [...new Set([...(denial.contradicts ?? []), report.id])];
      report.contradicts = [...new Set([...(report.contradicts ?? []), denial.id])];
    }
  }
}

const KIND_WEIGHT: Record<ClaimKind, number> = {
  funding: 2,
  launch: 2,
  figure: 1.5,
  comparison: 1,
  statement: 1,
  denial: 1.5,
  event: 0.5,
  forecast: 0.5,
  opinion: 0,
};

/**
 * Facts above reports (someone says it happened), reports above forecasts and opinions (someone
 * expects or thinks it).
 */
const MODALITY_WEIGHT: Record<Modality, number> = {
  fact: 0,
  denied: -0.5,
  reported: -1,
  forecast: -1.5,
  opinion: -2,
};

export function articleCount(claim: Pick<Claim, 'sources'>): number {
  return new Set(claim.sources.map((s) => s.articleId)).size;
}

/** Long sentences bury the fact: past this many characters a claim reads worse. */
const LONG_TEXT = 90;

/**
 * How much a claim says on its own. An amount, a share or a multiple is the point of a claim; a
 * duration or a length (4秒, 7纳米) is a detail of one, so it earns no bonus.
 */
export function baseScore(claim: Claim): number {
  return (
    KIND_WEIGHT[claim.kind] +
    MODALITY_WEIGHT[claim.modality] +
    (claim.figures.some((f) => f.kind !== 'measure') ? 2 : 0) +
    (claim.dates.some((d) => d.iso) ? 1 : 0) +
    (claim.entities.some((e) => e.role === 'object') ? 1 : 0) +
    2 * (articleCount(claim) - 1) -
    (claim.text.length > LONG_TEXT ? 1 : 0)
  );
}

const ROLE_WEIGHT: Record<Role, number> = { agent: 4, object: 3, listed: 1, mentioned: 0 };

/**
 * A claim the entity is the source of (see rankFor) weighs like one it is the counterpart of: it
 * is what the entity says, not what it does.
 */
const SOURCE_WEIGHT = ROLE_WEIGHT.object;

/** A subject resolved from a pronoun is usually right, but a claim that names it directly is surer. */
const RESOLVED_SUBJECT = 1;

/** Below this, a claim is too weak to show (a listed name in an undated, figure-less remark). */
export const MIN_WEIGHT = 3;

function bigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) set.add(text.slice(i, i + 2));
  return set;
}

/** Shared character bigrams over all: used only to keep near-repeats out of one top list. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / (x.size + y.size - shared);
}

const REPEAT = 0.45;

/**
 * Whether a claim says who does something: it names an agent, or a list that acts together (A、B
 * 等纷纷发布…). A claim about its object alone, or an opinion, forecast or report whose only names
 * are a list, is a fragment to a reader: nobody stands behind it.
 */
export function complete(claim: Pick<Claim, 'entities' | 'modality'>): boolean {
  if (claim.entities.some((e) => e.role === 'agent')) return true;
  return claim.modality === 'fact' && claim.entities.some((e) => e.role === 'listed');
}

/**
 * A view in the writer's own voice (attribution the article, modality opinion: "X此举可谓…",
 * "这与X的投放密不可分"): it says what the article thinks, not what the entity did or said, and
 * is found only from judging words, the least sure tag the extractor gives (on the tunable sets
 * five of six such top-five slots failed). Fewer claims rather than weak ones: a card leaves it out.
 */
export function writersView(claim: Pick<Claim, 'modality'> & Partial<Pick<Claim, 'attribution'>>): boolean {
  return claim.modality === 'opinion' && claim.attribution?.kind === 'article';
}

/**
 * Two claims say the same thing to a reader when one article tells the same fact twice (a launch
 * in the lead and again below): the same kind, agents, counterparts and figures.
 */
function sameFact(
  a: Pick<Claim, 'entities' | 'figures'> & Partial<Pick<Claim, 'kind' | 'sources' | 'dates'>>,
  b: Pick<Claim, 'entities' | 'figures'> & Partial<Pick<Claim, 'kind' | 'sources' | 'dates'>>,
): boolean {
  if (!a.kind || a.kind !== b.kind || !idsWith(a, 'agent') || !idsWith(a, 'object')) return false;
  if (idsWith(a, 'agent') !== idsWith(b, 'agent') || idsWith(a, 'object') !== idsWith(b, 'object')) return false;
  if (figureKey(a.figures) !== figureKey(b.figures)) return false;
  const articles = new Set((a.sources ?? []).map((s) => s.articleId));
  return (b.sources ?? []).some((s) => articles.has(s.articleId));
}

/**
 * A topic sentence (see `topicSentence`) with nothing to pin it down: no figure, date,
 * counterpart or second name.
 */
function bareTopic(claim: Pick<Claim, 'entities' | 'figures'> & Partial<Pick<Claim, 'dates'>>, text: string): boolean {
  const anchored =
    claim.figures.length > 0 ||
    (claim.dates ?? []).some((d) => d.iso) ||
    claim.entities.some((e) => e.role === 'object') ||
    // Two names in a short copular sentence relate them (星图是蓝鲸云的子公司): a fact.
    claim.entities.length > 1;
  return !anchored && topicSentence(text);
}

/**
 * Ranking for one entity's card: complete claims (see `complete`) that read alone (see
 * `readableAlone`: whole, with their own subject and content), are not a bare topic sentence
 * (see `bareTopic`) and whose subject is not a set an earlier sentence named (see
 * `pluralResolved`), where it has a real role (agent, object, listed; not when `names`, the
 * entity's written forms in the text's script, occur only inside a modifier of another noun or as
 * the extreme case of a statement about a class, nor only as a person's post: see `namedAsPersonsPost`)
 * or is the source, by the claim's own score plus
 * its role, a subject resolved from a pronoun a little below one named directly; weak ones left
 * out (fewer claims rather than weak ones: an empty card shows the entity's best sentence); a
 * claim that repeats a better one (the same figures, most of its words, or the same fact: see
 * `sameFact`) goes to the end so a top five says five things. A claim that only asks about the
 * entity (see `openQuestion`: X何时推出…，仍是未知数) or is a speaker's words without the speaker
 * (see `unattributedQuote`) is left out; one that names it only as the owner of its subject with
 * nothing to pin it down (see `evidencePenalty`) comes after the rest.
 */
export function rankFor<
  C extends Pick<Claim, 'entities' | 'score' | 'figures' | 'modality'> &
    Partial<Pick<Claim, 'kind' | 'sources' | 'dates' | 'attribution'>>,
>(entityId: string, claims: readonly C[], textOf: (c: C) => string, names: readonly string[] = []): C[] {
  // Named only inside a modifier of another noun (由X孵化的公司), the entity is described, not acting;
  // named as the extreme case of a statement about a class (就连X也…), it is only its example.
  // Named only as the owner of an event made the subject (X的成立，或可让…), it is not what the claim is about.
  // Named only as a person's former post (X前首席技术官Y宣布…) or the post of a person who founded the
  // noun after (X联合创始人Y创办的Z), it is where the person came from, not who acts.
  const inModifier = (c: C) =>
    names.length > 0 &&
    (namedOnlyInModifier(textOf(c), names) ||
      namedAsExtremeCase(textOf(c), names) ||
      namedAsEventOwner(textOf(c), names) ||
      namedAsPersonsPost(textOf(c), names));
  const named = (c: C): Role =>
    inModifier(c) ? 'mentioned' : (c.entities.find((e) => e.id === entityId)?.role ?? 'mentioned');
  // One of several counterparts (even side by side: 面临A、B等的竞争) is a member of what the claim
  // says about its agent, not what the claim is about.
  const roleOf = (c: C): Role => {
    const role = named(c);
    return role === 'object' && c.entities.filter((e) => e.role === 'object').length > 1 ? 'mentioned' : role;
  };
  // What the entity says or publishes (X表示, 据X透露, X的数据显示) is about it even where it is only
  // named as the source; the source stands behind the claim, so it needs no other agent.
  // Named inside a modifier of the speaker (以X闻名的Y宣布), it is not who speaks.
  const sourced = (c: C) => c.attribution?.entityId === entityId && !inModifier(c);
  const weightOf = (c: C) => Math.max(ROLE_WEIGHT[roleOf(c)], sourced(c) ? SOURCE_WEIGHT : 0);
  // A question about the entity (X何时推出…，仍是未知数) asserts nothing about it; words cut from
  // inside a quotation without their speaker are not the article's own.
  const shown = (c: C) =>
    ((roleOf(c) !== 'mentioned' && complete(c)) || sourced(c)) &&
    !writersView(c) &&
    !openQuestion(textOf(c), names) &&
    !unattributedQuote(c, textOf(c));
  const ranked = claims
    .filter((c) => shown(c) && readableAlone(textOf(c)) && !bareTopic(c, textOf(c)) && !pluralResolved(textOf(c)))
    .map((c) => ({ c, w: c.score + weightOf(c) - (resolvedSubject(textOf(c)) ? RESOLVED_SUBJECT : 0) }))
    .filter(({ w }) => w >= MIN_WEIGHT)
    .map(({ c, w }) => ({ c, w: w - evidencePenalty(c, textOf(c), names) }))
    .sort((a, b) => b.w - a.w || textOf(a.c).length - textOf(b.c).length)
    .map(({ c }) => c);
  const first: C[] = [];
  const repeats: C[] = [];
  for (const c of ranked) {
    const repeat = first.some(
      (k) =>
        (c.figures.length > 0 && figureKey(k.figures) === figureKey(c.figures)) ||
        similarity(textOf(k), textOf(c)) >= REPEAT ||
        sameFact(k, c),
    );
    (repeat ? repeats : first).push(c);
  }
  return [...first, ...repeats];
}
