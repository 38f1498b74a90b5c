/**
 * Scores extracted claims against gold claims. The extracted side is read defensively from the
 * compiled corpus (any version of the claim shape): a field the extractor does not produce scores
 * 0 for its criterion instead of crashing, and the old role 'subject' counts as 'agent'.
 *
 * A match is the same article and paragraph, overlapping spans, and the same agent and object
 * entities with the same roles (listed and mentioned entities are not required to agree, nor is the
 * speaker's: see `coreRoles`).
 */
import type { GoldClaim, GoldRole } from './gold';

export interface ExtractedSource {
  articleId: string;
  paragraph: number;
  start: number;
  end: number;
}

export interface ExtractedClaim {
  id: string;
  /** Simplified text when the shape has both scripts; only for showing misses. */
  text: string;
  kind: string | null;
  modality: string | null;
  attribution: { kind: string; entityId: string | null } | null;
  entities: Map<string, string>;
  figures: Array<{ text: string; min: number | null; max: number | null | undefined; unit: string }>;
  dates: Array<{ text: string; iso: string }>;
  sources: ExtractedSource[];
}

const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const record = (x: unknown): Record<string, unknown> =>
  x && typeof x === 'object' ? (x as Record<string, unknown>) : {};

/** Old outputs called the agent 'subject'. */
function normalizeRole(role: unknown): string {
  return role === 'subject' ? 'agent' : (str(role) ?? 'mentioned');
}

/** Reads one compiled claim of any shape; fields it lacks come back null or empty. */
export function normalizeClaim(raw: unknown, index: number): ExtractedClaim {
  const c = record(raw);
  const attribution = record(c.attribution);
  const entities = new Map<string, string>();
  for (const e of list(c.entities)) {
    const id = str(record(e).id);
    if (id) entities.set(id, normalizeRole(record(e).role));
  }
  const text = record(c.text);
  return {
    id: str(c.id) ?? `#${index}`,
    text: str(c.text) ?? str(text.hans) ?? '',
    kind: str(c.kind),
    modality: str(c.modality),
    attribution: str(attribution.kind) ? { kind: str(attribution.kind)!, entityId: str(attribution.entityId) } : null,
    entities,
    figures: list(c.figures).map((f) => {
      const r = record(f);
      // `max` absent (old shape) is undefined, which never equals a gold max.
      return {
        text: str(r.text) ?? '',
        min: num(r.min),
        max: r.max === null ? null : (num(r.max) ?? undefined),
        unit: str(r.unit) ?? '',
      };
    }),
    dates: list(c.dates).map((d) => ({ text: str(record(d).text) ?? '', iso: str(record(d).iso) ?? '' })),
    sources: list(c.sources).flatMap((s) => {
      const r = record(s);
      const articleId = str(r.articleId);
      const [paragraph, start, end] = [num(r.paragraph), num(r.start), num(r.end)];
      return articleId !== null && paragraph !== null && start !== null && end !== null
        ? [{ articleId, paragraph, start, end }]
        : [];
    }),
  };
}

const CORE_ROLES: ReadonlySet<string> = new Set<GoldRole>(['agent', 'object']);

/**
 * The agent and object entities as one comparable key, leaving out the claim's speaker: editors
 * disagree on whether "X表示，Y…" makes X the agent or only the source, and who says so is scored
 * by attribution accuracy instead.
 */
function coreRoles(pairs: Iterable<[string, string]>, speaker: string | undefined): string {
  return [...pairs]
    .filter(([id, role]) => CORE_ROLES.has(role) && id !== speaker)
    .map(([id, role]) => `${id}:${role}`)
    .sort()
    .join('|');
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** One extracted claim as stated in one article: the unit precision counts. */
export interface Instance {
  claim: ExtractedClaim;
  source: ExtractedSource;
}

export function sameSpan(gold: GoldClaim, instance: Instance): boolean {
  const s = instance.source;
  return s.articleId === gold.articleId && s.paragraph === gold.paragraph && overlaps(gold, s) > 0;
}

export function matches(gold: GoldClaim, instance: Instance): boolean {
  const speaker = gold.attribution.entityId;
  return (
    sameSpan(gold, instance) &&
    coreRoles(instance.claim.entities, speaker) === coreRoles(Object.entries(gold.entities), speaker)
  );
}

/**
 * Pairs each gold claim with at most one instance and each instance with at most one gold claim,
 * largest overlap first, so one long extracted span cannot match many gold claims.
 */
export function pair(
  gold: readonly GoldClaim[],
  instances: readonly Instance[],
  accept: (g: GoldClaim, i: Instance) => boolean,
): Array<[GoldClaim, Instance]> {
  const candidates: Array<[number, number, number]> = [];
  gold.forEach((g, gi) =>
    instances.forEach((inst, ii) => {
      if (accept(g, inst)) candidates.push([overlaps(g, inst.source), gi, ii]);
    }),
  );
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedGold = new Set<number>();
  const usedInstance = new Set<number>();
  const pairs: Array<[GoldClaim, Instance]> = [];
  for (const [, gi, ii] of candidates) {
    if (usedGold.has(gi) || usedInstance.has(ii)) continue;
    usedGold.add(gi);
    usedInstance.add(ii);
    pairs.push([gold[gi]!, instances[ii]!]);
  }
  return pairs;
}

export interface Ratio {
  hit: number;
  total: number;
}

export interface EvalReport {
  goldClaims: number;
  extractedInstances: number;
  matched: number;
  precision: Ratio;
  recall: Ratio;
  /** Over gold claims whose span some instance overlaps: gold entities given the gold role. */
  roles: Ratio;
  /** Over matched pairs. */
  kind: Ratio;
  modality: Ratio;
  attribution: Ratio;
  figures: Ratio;
  dates: Ratio;
  /** Top-five slots of every entity card whose claim matches a gold claim that names the entity. */
  topFive: Ratio;
  /**
   * The same slots judged on what the card shows (`readerRight`): the claim states a gold claim in
   * which the card's entity acts, is acted on, is listed or speaks, with its modality, figures and
   * dates right; other names' roles, which a card does not show, are not required to agree.
   */
  topFiveAsShown: Ratio;
  topFiveEntities: number;
  /** Claims shown as backed by several articles. */
  groups: number;
  wrongGroups: number;
  /** Entities whose card shows no claim of this set though gold makes them an agent or object. */
  emptyCardsWithGold: number;
  /** Counts only, safe to print for sets that measure: where recall is lost, and by script. */
  diagnosis: Diagnosis;
  /** For `--details` on sets one may tune on: each failing top-five slot, and the empty cards. */
  topFiveReview: { failures: TopFiveFailure[]; emptyCards: string[] };
  /** For `--details` on sets one may tune on. */
  details: {
    /** Each missed gold claim with the extracted claims over its span (whose roles disagree). */
    missed: Array<{ gold: GoldClaim; overlapping: Instance[] }>;
    spurious: Instance[];
    topFiveByEntity: Array<[string, Ratio]>;
    /** Matched pairs whose figures or dates disagree with the gold ones. */
    quantities: QuantityDisagreement[];
    /** Matched pairs whose kind, modality or attribution disagree with the gold claim. */
    disagreements: Array<[GoldClaim, Instance]>;
    /** Shown card slots that fail a reader's check: the card, why, and for a figure or a date what gold has. */
    shownFailures: Array<{
      entityId: string;
      rank: number;
      instance: Instance;
      why: string;
      wrong: QuantityDisagreement | null;
    }>;
  };
}

/**
 * Why recall is lost, as counts no one can tune a sentence on: missed gold claims with no extracted
 * claim over their span against those whose overlapping claim gives other roles; gold roles against
 * the roles extracted for the same entity; recall by the article's script.
 */
export interface Diagnosis {
  missedNoSpan: number;
  /**
   * Missed where a claim over the span has the gold roles but was paired with another gold claim:
   * the editor cut the sentence into more claims than the extractor did.
   */
  missedSplit: number;
  missedRoles: number;
  /** "gold → extracted" role of a gold entity in a span-overlapping claim, most frequent first. */
  roleConfusion: Array<[string, number]>;
  recallByScript: Array<[string, Ratio]>;
  /** Failing top-five slots by why, without the claims: "no gold claim at this span", "wrong roles", … */
  topFiveFailures: Array<[string, number]>;
  /** Shown slots that fail `readerRight`, by the first check they fail (see `shownFailure`). */
  asShownFailures: Array<[string, number]>;
}

/** A matched pair's gold figures and dates the extraction did not get right, beside what it found. */
export interface QuantityDisagreement {
  gold: GoldClaim;
  claim: ExtractedClaim;
  figures: GoldClaim['figures'];
  dates: GoldClaim['dates'];
}

/** A top-five slot whose claim matches no gold claim naming the entity, and why. */
export interface TopFiveFailure {
  entityId: string;
  /** 1-based position on the card. */
  rank: number;
  instance: Instance;
  reason: string;
}

/**
 * Why a shown claim fails for an entity: no gold claim at its span (a fragment or a claim an
 * editor would not extract); gold here is about other names; the entity is only listed or
 * mentioned in gold while the card makes it an actor; or the actors' roles disagree.
 */
export function slotFailure(entityId: string, local: readonly Instance[], gold: readonly GoldClaim[]): string {
  const here = gold.filter((g) => local.some((inst) => sameSpan(g, inst)));
  if (!here.length) return 'no gold claim at this span';
  // As in `matches`: the gold claim's speaker is left out of both sides.
  const actors = (g: GoldClaim) => coreRoles(Object.entries(g.entities), g.attribution.entityId) || 'no actor';
  const naming = here.filter((g) => entityId in g.entities);
  if (!naming.length) return `gold here is not about the entity (${here.map(actors).join('; ')})`;
  const shownRole = local[0]!.claim.entities.get(entityId) ?? 'mentioned';
  const goldRoles = [...new Set(naming.map((g) => g.entities[entityId]!))];
  if (goldRoles.every((r) => !CORE_ROLES.has(r)) && CORE_ROLES.has(shownRole))
    return `entity only ${goldRoles.join('/')} in gold, shown as ${shownRole}`;
  const shown = coreRoles(local[0]!.claim.entities, naming[0]!.attribution.entityId) || 'no actor';
  return `wrong roles: gold ${naming.map(actors).join('; ')} vs shown ${shown}`;
}

const ratio = (hit: number, total: number): Ratio => ({ hit, total });

/** Two bounds of a figure agree: both open, or within rounding. */
export function sameNumber(a: number | null | undefined, b: number | null): boolean {
  if (a === undefined) return false;
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** A figure's or date's text as found and as gold has it: one holds the other. */
export function textsMeet(a: string, b: string): boolean {
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

/**
 * Units a reader cannot tell apart on a card. The card shows a figure's own words (逾500人,
 * 2500万tokens), never its unit label, and editors label what is counted freely (the same 逾500人
 * is `people` to one, `count` to another; 11家 `products` or `models`): any two labels of counted
 * things are one unit. What a reader does read stays apart: currencies (uppercase codes), shares
 * and ratios, scores, lengths of time, and physical measures. Percent and times are one scale
 * (一半 is 50 percent or 0.5 times): compared in percent.
 */
const MEASURES: ReadonlySet<string> = new Set([
  'percent',
  'percentage-points',
  'times',
  'points',
  'years',
  'months',
  'weeks',
  'days',
  'hours',
  'minutes',
  'seconds',
  'milliseconds',
  'nm',
  'inches',
  'f-number',
  'mAh',
]);
const UNIT_ALIASES: Readonly<Record<string, string>> = { nanometers: 'nm' };

/** A unit label as a reader can tell it apart (see `MEASURES`). */
function readerUnit(unit: string): string {
  const u = UNIT_ALIASES[unit] ?? unit;
  // Lower-case plural nouns outside the measures label counted things; codes (USD, GB, TOPS) and
  // rates (wafers/month) are kept as written.
  return MEASURES.has(u) || /[A-Z/]/.test(u) ? u : 'count';
}

/** A figure's bound on the percent scale when its unit is times (0.5 times = 50 percent). */
const onPercentScale = (unit: string, bound: number | null | undefined) =>
  unit === 'times' && typeof bound === 'number' ? bound * 100 : bound;

/** Whether an extracted figure states the gold one as a reader reads it: its words, value and unit. */
export function sameFigure(f: ExtractedClaim['figures'][number], g: ExtractedClaim['figures'][number]): boolean {
  if (!textsMeet(f.text, g.text)) return false;
  const [fu, gu] = [readerUnit(f.unit), readerUnit(g.unit)];
  if (fu === gu) return sameNumber(f.min, g.min) && sameNumber(f.max, g.max ?? null);
  const ratio = new Set(['percent', 'times']);
  if (!ratio.has(fu) || !ratio.has(gu)) return false;
  return (
    sameNumber(onPercentScale(fu, f.min), onPercentScale(gu, g.min) ?? null) &&
    sameNumber(onPercentScale(fu, f.max), onPercentScale(gu, g.max) ?? null)
  );
}

function figuresRight(gold: GoldClaim, claim: ExtractedClaim): GoldClaim['figures'] {
  return gold.figures.filter((g) => claim.figures.some((f) => sameFigure(f, g)));
}

function datesRight(gold: GoldClaim, claim: ExtractedClaim): GoldClaim['dates'] {
  return gold.dates.filter((g) => claim.dates.some((d) => textsMeet(d.text, g.text) && d.iso === g.iso));
}

const figureScore = (gold: GoldClaim, claim: ExtractedClaim) => figuresRight(gold, claim).length;
const dateScore = (gold: GoldClaim, claim: ExtractedClaim) => datesRight(gold, claim).length;

function quantityDisagreement(gold: GoldClaim, claim: ExtractedClaim): QuantityDisagreement | null {
  const [figures, dates] = [figuresRight(gold, claim), datesRight(gold, claim)];
  const wrong = {
    gold,
    claim,
    figures: gold.figures.filter((f) => !figures.includes(f)),
    dates: gold.dates.filter((d) => !dates.includes(d)),
  };
  return wrong.figures.length || wrong.dates.length ? wrong : null;
}

/** Roles that make a claim about an entity: one of three or more investees is as much so as one. */
const ACTING_ROLES: ReadonlySet<string> = new Set<GoldRole>(['agent', 'object', 'listed']);

/** Whether `gold` is about the entity as a card shows it: it acts, is acted on, is listed or says so. */
function aboutEntity(gold: GoldClaim, entityId: string): boolean {
  return ACTING_ROLES.has(gold.entities[entityId] ?? '') || gold.attribution.entityId === entityId;
}

/**
 * Whether a shown claim passes what a reader of the card can check: it states `gold` (same span)
 * in which the card's entity acts, is acted on, is listed or is who says so (a source's card shows
 * what it says), with the gold modality (the tag the card shows) and every gold figure and date right.
 */
export function readerRight(entityId: string, gold: GoldClaim, inst: Instance): boolean {
  const c = inst.claim;
  return (
    sameSpan(gold, inst) &&
    aboutEntity(gold, entityId) &&
    c.modality === gold.modality &&
    figureScore(gold, c) === gold.figures.length &&
    dateScore(gold, c) === gold.dates.length
  );
}

/**
 * The first reader check a shown claim fails against the gold claims at its span: none there;
 * the entity neither acts, is listed nor speaks in any; the tag (modality); a figure; a date.
 */
export function shownFailure(entityId: string, local: readonly Instance[], gold: readonly GoldClaim[]): string {
  const here = gold.filter((g) => local.some((inst) => sameSpan(g, inst)));
  if (!here.length) return 'no gold claim at this span';
  const about = here.filter((g) => aboutEntity(g, entityId));
  if (!about.length)
    return here.some((g) => entityId in g.entities)
      ? 'entity only mentioned in gold'
      : 'gold here is not about the entity';
  const claims = local.map((inst) => inst.claim);
  if (!about.some((g) => claims.some((c) => c.modality === g.modality)))
    return `tag ${about[0]!.modality} shown as ${claims[0]!.modality ?? 'none'}`;
  if (!about.some((g) => claims.some((c) => figureScore(g, c) === g.figures.length))) return 'figures wrong';
  return 'dates wrong';
}

/** The gold claim about the entity at a shown slot's span with the tag shown, against that claim's figures and dates. */
function quantityFailure(
  entityId: string,
  local: readonly Instance[],
  gold: readonly GoldClaim[],
): QuantityDisagreement | null {
  for (const inst of local)
    for (const g of gold)
      if (sameSpan(g, inst) && aboutEntity(g, entityId) && g.modality === inst.claim.modality) {
        const wrong = quantityDisagreement(g, inst.claim);
        if (wrong) return wrong;
      }
  return null;
}

function attributionAgrees(gold: GoldClaim, claim: ExtractedClaim): boolean {
  if (!claim.attribution || claim.attribution.kind !== gold.attribution.kind) return false;
  return !gold.attribution.entityId || claim.attribution.entityId === gold.attribution.entityId;
}

export function instancesOf(claims: readonly ExtractedClaim[], articleIds: ReadonlySet<string>): Instance[] {
  return claims.flatMap((claim) =>
    claim.sources.filter((s) => articleIds.has(s.articleId)).map((source) => ({ claim, source })),
  );
}

/** The gold claim a source overlaps most, if any. */
/**
 * The gold claim a source states: among the gold claims its span overlaps, one with the same actors
 * (see `matches`) first, then the largest overlap. A span that carries its resolved subject
 * ("OpenAI…微软随即向其注资") may overlap a neighbouring gold claim more than its own.
 */
function goldAt(claim: ExtractedClaim, source: ExtractedSource, gold: readonly GoldClaim[]): GoldClaim | undefined {
  let best: GoldClaim | undefined;
  let bestKey: [number, number] = [0, 0];
  for (const g of gold) {
    if (g.articleId !== source.articleId || g.paragraph !== source.paragraph) continue;
    const overlap = overlaps(g, source);
    if (!overlap) continue;
    const key: [number, number] = [matches(g, { claim, source }) ? 1 : 0, overlap];
    if (key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1])) [best, bestKey] = [g, key];
  }
  return best;
}

/**
 * A group ("N 篇") is right when every source is (mostly) a gold claim and those gold claims carry
 * the same editor-assigned `fact` id. Roles are judged elsewhere: this is only about the count.
 */
export function groupIsRight(claim: ExtractedClaim, gold: readonly GoldClaim[]): boolean {
  const facts = new Set<string>();
  for (const source of claim.sources) {
    const fact = goldAt(claim, source, gold)?.fact;
    if (!fact) return false;
    facts.add(fact);
  }
  return facts.size === 1;
}

/**
 * Scores one set. `topFive` maps an entity id to the ids of the claims its card shows first, in
 * card order (only the first five count).
 */
export function evaluate(
  gold: readonly GoldClaim[],
  claims: readonly ExtractedClaim[],
  topFive: ReadonlyMap<string, readonly string[]>,
  scriptOf: (articleId: string) => string = () => 'all',
): EvalReport {
  const articleIds = new Set(gold.map((g) => g.articleId));
  const instances = instancesOf(claims, articleIds);
  const pairs = pair(gold, instances, matches);
  const spanPairs = pair(gold, instances, sameSpan);

  let rolesHit = 0;
  let rolesTotal = 0;
  const roleCells = new Map<string, number>();
  for (const [g, inst] of spanPairs) {
    for (const [id, role] of Object.entries(g.entities)) {
      rolesTotal++;
      const got = inst.claim.entities.get(id) ?? 'absent';
      if (got === role) rolesHit++;
      else roleCells.set(`${role} → ${got}`, (roleCells.get(`${role} → ${got}`) ?? 0) + 1);
    }
  }
  for (const g of gold) if (!spanPairs.some(([x]) => x === g)) rolesTotal += Object.keys(g.entities).length;

  const count = (test: (g: GoldClaim, c: ExtractedClaim) => number | boolean) =>
    pairs.reduce((sum, [g, inst]) => sum + Number(test(g, inst.claim)), 0);

  const byId = new Map(claims.map((c) => [c.id, c]));
  const topFiveByEntity: Array<[string, Ratio]> = [];
  const topFiveFailures: TopFiveFailure[] = [];
  const emptyCards: string[] = [];
  const asShown: Ratio = { hit: 0, total: 0 };
  const asShownFailures = new Map<string, number>();
  const shownFailures: EvalReport['details']['shownFailures'] = [];
  for (const [entityId, ids] of topFive) {
    const shown = ids
      .slice(0, 5)
      .map((id) => instancesOf(byId.has(id) ? [byId.get(id)!] : [], articleIds))
      .filter((local) => local.length > 0);
    let right = 0;
    shown.forEach((local, i) => {
      if (local.some((inst) => gold.some((g) => readerRight(entityId, g, inst)))) asShown.hit++;
      else {
        const why = shownFailure(entityId, local, gold);
        asShownFailures.set(why, (asShownFailures.get(why) ?? 0) + 1);
        const wrong = /^(figures|dates) wrong$/.test(why) ? quantityFailure(entityId, local, gold) : null;
        shownFailures.push({ entityId, rank: i + 1, instance: local[0]!, why, wrong });
      }
      asShown.total++;
    });
    shown.forEach((local, i) => {
      if (local.some((inst) => gold.some((g) => entityId in g.entities && matches(g, inst)))) right++;
      else
        topFiveFailures.push({
          entityId,
          rank: i + 1,
          instance: local[0]!,
          reason: slotFailure(entityId, local, gold),
        });
    });
    if (shown.length) topFiveByEntity.push([entityId, ratio(right, shown.length)]);
    else if (gold.some((g) => CORE_ROLES.has(g.entities[entityId] ?? ''))) emptyCards.push(entityId);
  }
  const slotsHit = topFiveByEntity.reduce((n, [, r]) => n + r.hit, 0);
  const slots = topFiveByEntity.reduce((n, [, r]) => n + r.total, 0);
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedInstances = new Set(pairs.map(([, i]) => i));

  const missed = gold.filter((g) => !matchedGold.has(g));
  // Why each was missed: no claim over its span; one with its roles, paired with another gold
  // claim (the editor cut finer); or only claims with other roles.
  const missedWhy = missed.map((g) =>
    instances.some((inst) => matches(g, inst))
      ? 'split'
      : instances.some((inst) => sameSpan(g, inst))
        ? 'roles'
        : 'no span',
  );
  const scripts = [...new Set(gold.map((g) => scriptOf(g.articleId)))].sort();
  const diagnosis: Diagnosis = {
    missedNoSpan: missedWhy.filter((why) => why === 'no span').length,
    missedSplit: missedWhy.filter((why) => why === 'split').length,
    missedRoles: missedWhy.filter((why) => why === 'roles').length,
    roleConfusion: [...roleCells].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    topFiveFailures: [
      ...topFiveFailures.reduce((counts, f) => {
        const why = f.reason.replace(/\s*[(:].*$/, '').replace(/ in gold, shown as .*$/, ' in gold');
        return counts.set(why, (counts.get(why) ?? 0) + 1);
      }, new Map<string, number>()),
    ].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    asShownFailures: [...asShownFailures].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    recallByScript: scripts.map((script) => {
      const inScript = gold.filter((g) => scriptOf(g.articleId) === script);
      return [script, ratio(inScript.filter((g) => matchedGold.has(g)).length, inScript.length)];
    }),
  };

  const grouped = claims.filter(
    (c) => new Set(c.sources.filter((s) => articleIds.has(s.articleId)).map((s) => s.articleId)).size > 1,
  );
  return {
    goldClaims: gold.length,
    extractedInstances: instances.length,
    matched: pairs.length,
    precision: ratio(pairs.length, instances.length),
    recall: ratio(pairs.length, gold.length),
    roles: ratio(rolesHit, rolesTotal),
    kind: ratio(
      count((g, c) => g.kind === c.kind),
      pairs.length,
    ),
    modality: ratio(
      count((g, c) => g.modality === c.modality),
      pairs.length,
    ),
    attribution: ratio(count(attributionAgrees), pairs.length),
    figures: ratio(
      count(figureScore),
      pairs.reduce((n, [g]) => n + g.figures.length, 0),
    ),
    dates: ratio(
      count(dateScore),
      pairs.reduce((n, [g]) => n + g.dates.length, 0),
    ),
    topFive: ratio(slotsHit, slots),
    topFiveAsShown: asShown,
    topFiveEntities: topFiveByEntity.length,
    groups: grouped.length,
    wrongGroups: grouped.filter((c) => !groupIsRight(c, gold)).length,
    emptyCardsWithGold: emptyCards.length,
    diagnosis,
    topFiveReview: { failures: topFiveFailures, emptyCards },
    details: {
      missed: missed.map((g) => ({ gold: g, overlapping: instances.filter((inst) => sameSpan(g, inst)) })),
      spurious: instances.filter((i) => !matchedInstances.has(i)),
      topFiveByEntity: topFiveByEntity.sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0])),
      quantities: pairs.flatMap(([g, inst]) => quantityDisagreement(g, inst.claim) ?? []),
      shownFailures,
      disagreements: pairs.filter(
        ([g, inst]) =>
          g.kind !== inst.claim.kind || g.modality !== inst.claim.modality || !attributionAgrees(g, inst.claim),
      ),
    },
  };
}

function percent({ hit, total }: Ratio): string {
  return total === 0 ? '   n/a' : `${((100 * hit) / total).toFixed(1).padStart(5)}%`;
}

export function formatReport(name: string, r: EvalReport): string {
  const line = (label: string, value: Ratio, note = '') =>
    `  ${label.padEnd(22)}${percent(value)}  (${value.hit}/${value.total})${note}`;
  return [
    `${name}: ${r.goldClaims} gold claims, ${r.extractedInstances} extracted (per article), ${r.matched} matched`,
    line('precision', r.precision),
    line('recall', r.recall),
    line('role accuracy', r.roles, '  gold entities, span-overlapping claims'),
    line('kind accuracy', r.kind, '  matched claims'),
    line('modality accuracy', r.modality, '  matched claims'),
    line('attribution accuracy', r.attribution, '  matched claims'),
    line('figure accuracy', r.figures, '  gold figures of matched claims'),
    line('date accuracy', r.dates, '  gold dates of matched claims'),
    line('top-five precision', r.topFive, `  slots filled on ${r.topFiveEntities} entity cards`),
    line('top five as shown', r.topFiveAsShown, '  about the entity; tag, figures, dates right'),
    `  empty cards            ${r.emptyCardsWithGold} of entities gold makes an agent or object`,
    `  "N 篇" groups          ${r.groups}, wrong ${r.wrongGroups}`,
  ].join('\n');
}

/** The diagnosis as lines: counts only, so it is printed for every set. */
export function formatDiagnosis({
  missedNoSpan,
  missedSplit,
  missedRoles,
  roleConfusion,
  recallByScript,
  topFiveFailures,
  asShownFailures,
}: Diagnosis): string {
  return [
    `  missed gold claims     ${missedNoSpan} with no extracted claim over the span, ${missedSplit} cut finer by the editor (the claim over it matched another), ${missedRoles} with other roles`,
    `  recall by script       ${recallByScript.map(([script, r]) => `${script} ${percent(r).trim()} (${r.hit}/${r.total})`).join(', ')}`,
    `  failing top-five slots: ${topFiveFailures.map(([why, n]) => `${n} ${why}`).join(', ') || 'none'}`,
    `  shown slots failing:   ${asShownFailures.map(([why, n]) => `${n} ${why}`).join(', ') || 'none'}`,
    `  roles (gold → extracted): ${roleConfusion.map(([cell, n]) => `${n} ${cell}`).join(', ') || 'none wrong'}`,
  ].join('\n');
}

/** "gold → extracted" counts, most frequent first, for one field of the matched pairs. */
function confusion(
  pairs: ReadonlyArray<[GoldClaim, Instance]>,
  field: (g: GoldClaim, c: ExtractedClaim) => [string, string],
): string[] {
  const cells = new Map<string, number>();
  for (const [g, inst] of pairs) {
    const [want, got] = field(g, inst.claim);
    if (want !== got) cells.set(`${want} → ${got}`, (cells.get(`${want} → ${got}`) ?? 0) + 1);
  }
  return [...cells].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([cell, n]) => `${n} ${cell}`);
}

const attributionLabel = (a: { kind: string; entityId?: string | null } | null) =>
  a ? `${a.kind}${a.entityId ? `:${a.entityId}` : ''}` : 'none';

/**
 * Which gold claims were missed, which extracted claims matched nothing, each card's top five,
 * and the matched claims whose kind, modality or attribution disagree (as confusion counts, then
 * one line per claim).
 */
export function formatDetails(r: EvalReport): string {
  const roles = (entities: ReadonlyMap<string, string> | Record<string, string>) =>
    [...(entities instanceof Map ? entities : Object.entries(entities))].map(([id, role]) => `${id}:${role}`).join(' ');
  const wrong = r.details.disagreements;
  const goldAttribution = (g: GoldClaim) =>
    attributionLabel({ kind: g.attribution.kind, entityId: g.attribution.entityId ?? null });
  return [
    `  kind (gold → extracted): ${confusion(wrong, (g, c) => [g.kind, c.kind ?? 'none']).join(', ')}`,
    `  modality (gold → extracted): ${confusion(wrong, (g, c) => [g.modality, c.modality ?? 'none']).join(', ')}`,
    `  attribution (gold → extracted): ${confusion(wrong, (g, c) => [goldAttribution(g), attributionAgrees(g, c) ? goldAttribution(g) : attributionLabel(c.attribution)]).join(', ')}`,
    `  matched claims that disagree (${wrong.length}): kind / modality / attribution, gold → extracted`,
    ...wrong.map(([g, inst]) => {
      const c = inst.claim;
      const cell = (want: string, got: string) => (want === got ? want : `${want}→${got}`);
      const attribution = attributionAgrees(g, c)
        ? goldAttribution(g)
        : `${goldAttribution(g)}→${attributionLabel(c.attribution)}`;
      return `    ${g.articleId} ¶${g.paragraph} ${cell(g.kind, c.kind ?? 'none')} / ${cell(g.modality, c.modality ?? 'none')} / ${attribution} ${g.text}`;
    }),
    `  missed gold claims (${r.details.missed.length}):`,
    ...r.details.missed.flatMap(({ gold: g, overlapping }) => [
      `    ${g.articleId} ¶${g.paragraph} [${roles(g.entities)}] ${g.text}`,
      ...overlapping.map((i) => `      over it: [${roles(i.claim.entities)}] ${i.claim.text}`),
    ]),
    `  extracted claims matching no gold claim (${r.details.spurious.length}):`,
    ...r.details.spurious.map(
      (i) => `    ${i.source.articleId} ¶${i.source.paragraph} [${roles(i.claim.entities)}] ${i.claim.text}`,
    ),
    '  top five per entity (right/shown):',
    ...r.details.topFiveByEntity.map(([id, ratio]) => `    ${id} ${ratio.hit}/${ratio.total}`),
    `  top-five slots that fail (${r.topFiveReview.failures.length}):`,
    ...r.topFiveReview.failures.map(
      (f) =>
        `    ${f.entityId} #${f.rank} ${f.instance.source.articleId} ¶${f.instance.source.paragraph} [${roles(f.instance.claim.entities)}] ${f.instance.claim.text}\n      why: ${f.reason}`,
    ),
    `  cards with no claim though gold has one with the entity as agent or object (${r.topFiveReview.emptyCards.length}):`,
    ...r.topFiveReview.emptyCards.map((id) => `    ${id}`),
    `  figures and dates of matched claims that disagree (${r.details.quantities.length} claims):`,
    ...r.details.quantities.flatMap(formatQuantities),
    `  shown slots failing (${r.details.shownFailures.length}): the card, the check, the claim shown`,
    ...r.details.shownFailures.flatMap(({ entityId, rank, instance, why, wrong }) => [
      `    ${entityId} #${rank} ${why}: ${instance.source.articleId} ¶${instance.source.paragraph} ${instance.claim.text}`,
      ...(wrong ? formatQuantities(wrong).map((line) => `  ${line}`) : []),
    ]),
  ].join('\n');
}

const bound = (n: number | null | undefined) => (n === undefined ? '?' : n === null ? '∞' : String(n));

/** Gold "text min–max unit" against every figure the extraction found, and likewise for dates. */
function formatQuantities(q: QuantityDisagreement): string[] {
  const figure = (f: { text: string; min: number | null; max: number | null | undefined; unit: string }) =>
    `${f.text} ${bound(f.min)}–${bound(f.max)} ${f.unit}`;
  const date = (d: { text: string; iso: string }) => `${d.text} '${d.iso}'`;
  const found = <T>(items: T[], show: (x: T) => string) => (items.length ? items.map(show).join('; ') : 'none');
  return [
    `    ${q.gold.articleId} ¶${q.gold.paragraph} ${q.gold.text}`,
    `      (extracted as: ${q.claim.text})`,
    ...q.figures.map((f) => `      figure: gold ${figure(f)} | extracted ${found(q.claim.figures, figure)}`),
    ...q.dates.map((d) => `      date:   gold ${date(d)} | extracted ${found(q.claim.dates, date)}`),
  ];
}
