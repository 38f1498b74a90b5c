/**
 * Gold claims: what a careful editor extracts from one article, written by hand in YAML
 * (tests/claims-eval/). Parsing is strict and every problem names the file and the claim, so a
 * typo in a gold file fails loudly instead of silently lowering a score.
 */
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { CLAIM_KINDS, MODALITIES } from '../claims/vocabulary';

/** Gold files use the extractor's own vocabularies. */
export const GOLD_KINDS = CLAIM_KINDS;
export const GOLD_MODALITIES = MODALITIES;
export const GOLD_ROLES = ['agent', 'object', 'listed', 'mentioned'] as const;
export const ATTRIBUTION_KINDS = ['article', 'person', 'organization', 'unnamed', 'data'] as const;

export type GoldRole = (typeof GOLD_ROLES)[number];

/** Pieces of a span skipped over are joined by this in gold text. */
export const SKIP = '…';

const GoldFigureSchema = v.strictObject({
  text: v.pipe(v.string(), v.minLength(1)),
  min: v.number(),
  max: v.nullable(v.number()),
  unit: v.pipe(v.string(), v.minLength(1)),
});

const GoldDateSchema = v.strictObject({
  text: v.pipe(v.string(), v.minLength(1)),
  /** '' when the text cannot be resolved to a date. */
  iso: v.string(),
});

const GoldClaimSchema = v.strictObject({
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(0)),
  text: v.pipe(v.string(), v.minLength(2)),
  entities: v.optional(v.record(v.string(), v.picklist(GOLD_ROLES)), {}),
  kind: v.picklist(GOLD_KINDS),
  modality: v.picklist(GOLD_MODALITIES),
  attribution: v.strictObject({ kind: v.picklist(ATTRIBUTION_KINDS), entityId: v.optional(v.string()) }),
  figures: v.optional(v.array(GoldFigureSchema), []),
  dates: v.optional(v.array(GoldDateSchema), []),
  /** The same editor-chosen id on claims of different articles that state the same fact. */
  fact: v.optional(v.string()),
});

const GoldFileSchema = v.strictObject({
  article: v.pipe(v.string(), v.minLength(1)),
  claims: v.array(v.unknown()),
});

export type GoldClaimData = v.InferOutput<typeof GoldClaimSchema>;

export interface GoldClaim extends GoldClaimData {
  articleId: string;
  /** Offsets of the whole span (first piece's start to last piece's end) in the paragraph. */
  start: number;
  end: number;
  /** Where the claim is in its file, for messages: "gold/x.yaml claim 3". */
  where: string;
}

export class GoldFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoldFormatError';
  }
}

function issuesText(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** Finds the pieces of `text` (split at …) in order in the paragraph; null when one is missing. */
export function locateSpan(paragraph: string, text: string): { start: number; end: number } | null {
  const pieces = text
    .split(SKIP)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length === 0) return null;
  let from = 0;
  let start = -1;
  for (const piece of pieces) {
    const at = paragraph.indexOf(piece, from);
    if (at < 0) return null;
    if (start < 0) start = at;
    from = at + piece.length;
  }
  return { start, end: from };
}

/**
 * Parses one gold file. `paragraphsOf` gives the article's paragraphs (as compiled), so every
 * span is checked against the text it claims to quote; entity ids are checked against the gazetteer.
 */
export function parseGoldFile(
  yaml: string,
  file: string,
  paragraphsOf: (articleId: string) => readonly string[] | undefined,
  entityIds: ReadonlySet<string>,
): GoldClaim[] {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (error) {
    throw new GoldFormatError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const top = v.safeParse(GoldFileSchema, data);
  if (!top.success)
    throw new GoldFormatError(`${file}: ${issuesText(top.issues)} (a gold file is {article: ID, claims: [...]})`);
  const articleId = top.output.article;
  const paragraphs = paragraphsOf(articleId);
  if (!paragraphs) throw new GoldFormatError(`${file}: no article has the id "${articleId}"`);
  return top.output.claims.map((raw, i) => {
    const label = (raw as { text?: unknown } | null)?.text;
    const where = `${file} claim ${i + 1}${typeof label === 'string' ? ` ("${label.slice(0, 24)}")` : ''}`;
    const parsed = v.safeParse(GoldClaimSchema, raw);
    if (!parsed.success) throw new GoldFormatError(`${where}: ${issuesText(parsed.issues)}`);
    const claim = parsed.output;
    const paragraph = paragraphs[claim.paragraph];
    if (paragraph === undefined)
      throw new GoldFormatError(
        `${where}: article ${articleId} has no paragraph ${claim.paragraph} (paragraphs count from 0)`,
      );
    const span = locateSpan(paragraph, claim.text);
    if (!span)
      throw new GoldFormatError(
        `${where}: text is not in paragraph ${claim.paragraph} verbatim (pieces joined by ${SKIP} must appear in order)`,
      );
    const ids = [...Object.keys(claim.entities), ...(claim.attribution.entityId ? [claim.attribution.entityId] : [])];
    const unknown = ids.filter((id) => !entityIds.has(id));
    if (unknown.length)
      throw new GoldFormatError(
        `${where}: unknown entity id ${unknown.join(', ')} (ids come from corpus/entities.yaml)`,
      );
    for (const figure of claim.figures) {
      if (!claim.text.includes(figure.text) && !paragraph.includes(figure.text))
        throw new GoldFormatError(`${where}: figure "${figure.text}" is not in the paragraph`);
      if (figure.max !== null && figure.max < figure.min)
        throw new GoldFormatError(`${where}: figure "${figure.text}" has max < min`);
    }
    for (const date of claim.dates) {
      if (!paragraph.includes(date.text))
        throw new GoldFormatError(`${where}: date "${date.text}" is not in the paragraph`);
      if (date.iso && !/^\d{4}(?:-(?:\d{2}(?:-\d{2})?|H[12]|Q[1-4]))?$/.test(date.iso))
        throw new GoldFormatError(
          `${where}: date iso "${date.iso}" is not YYYY, YYYY-MM, YYYY-MM-DD, YYYY-H1 or YYYY-Q1`,
        );
    }
    return { ...claim, articleId, ...span, where };
  });
}
