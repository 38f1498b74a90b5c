/**
 * Audit of what entity cards show: for every tunable set, every claim rankFor lets onto a card (the
 * first RANKED of each annotatable entity's ranking), with the eval's verdict for the slot (right,
 * or the first reader check it fails: lib/evaluation/eval.ts's readerRight / shownFailure) and the
 * claim's features at rank time. Writes one JSON line per ranked claim, so that a rule can be
 * tried on the lines (drop or demote claims with a feature, take the first five again) before it
 * is written in group.ts.
 *
 *   npx tsx scripts/shown-audit.ts [SET…] > /tmp/shown.jsonl
 */
import { loadAuditSet, TUNABLE } from './audit-sets';
import { rankFor } from '../lib/claims/group';
import { resolvedSubject } from '../lib/claims/readable';
import { instancesOf, readerRight, shownFailure } from '../lib/evaluation/eval';
import { annotatableCorpusClaims } from '../lib/evaluation/eval-set';

const RANKED = 12;

const SENTENCE_END = /[。！!？?；;]/;

for (const set of process.argv.length > 2 ? process.argv.slice(2) : TUNABLE) {
  const { corpus, ids, gold } = loadAuditSet(set);
  const articleIds = new Set(gold.map((g) => g.articleId));
  const judged = new Map(annotatableCorpusClaims(corpus, ids).map((c) => [c.id, c]));
  const paragraphs = new Map(corpus.articles.map((a) => [a.id, a.paragraphs]));
  for (const entity of corpus.entities) {
    if (!ids.has(entity.id)) continue;
    const names = [entity.name.hans, ...entity.aliases.hans, ...(entity.name.en ? [entity.name.en] : [])];
    const ranked = rankFor(entity.id, corpus.claims, (c) => c.text.hans, names).slice(0, RANKED);
    ranked.forEach((c, pos) => {
      const j = judged.get(c.id);
      const local = j ? instancesOf([j], articleIds) : [];
      const inSet = local.length > 0;
      const right = inSet && local.some((inst) => gold.some((g) => readerRight(entity.id, g, inst)));
      const why = !inSet ? null : right ? 'right' : shownFailure(entity.id, local, gold);
      const src = c.sources[0]!;
      const para = paragraphs.get(src.articleId)?.[src.paragraph] ?? '';
      const before = para.slice(0, src.start).trimEnd();
      const after = para.slice(src.end).trimStart();
      const cutBefore = before.length > 0 && !SENTENCE_END.test(before.slice(-1)) && !/[”」]$/.test(before);
      const cutAfter =
        after.length > 0 && !SENTENCE_END.test(src.text.trim().slice(-1) || '') && !/^[”」]?$/.test(after.slice(0, 1));
      const text = c.text.hans;
      const role = c.entities.find((e) => e.id === entity.id)?.role ?? 'absent';
      const namedInText = names.some((n) => n && text.toLowerCase().includes(n.toLowerCase()));
      const resolved = resolvedSubject(text);
      console.log(
        JSON.stringify({
          set,
          entity: entity.id,
          pos,
          inSet,
          right,
          why,
          id: c.id,
          text,
          role,
          reached: resolved ? 'resolved' : namedInText ? 'named' : 'carried',
          namedInText,
          sourced: c.attribution?.entityId === entity.id,
          kind: c.kind,
          modality: c.modality,
          attribution: c.attribution?.kind ?? 'none',
          figures: c.figures.length,
          figureKinds: [...new Set(c.figures.map((f) => f.kind))].sort().join(','),
          dates: c.dates.length,
          datesResolved: c.dates.filter((d) => d.iso).length,
          length: text.length,
          cutBefore,
          cutAfter,
          entities: c.entities.length,
          agents: c.entities.filter((e) => e.role === 'agent').length,
          objects: c.entities.filter((e) => e.role === 'object').length,
          articles: new Set(c.sources.map((s) => s.articleId)).size,
          score: c.score,
          cardSize: Math.min(5, ranked.length),
          names,
        }),
      );
    });
  }
}
