/**
 * Audit of entity roles: for every tunable set, every extracted claim that overlaps a gold claim
 * (paired as the evaluator pairs them, largest overlap first), one JSON line per entity in either
 * claim — the role the extractor gave, the role the editor gave, and the context of the entity's
 * name in the claim's span — so that where extractor and editors disagree can be counted by
 * context across sets (an editor each) before a role rule is written.
 *
 *   npx tsx scripts/role-audit.ts [SET…] > /tmp/roles.jsonl
 */
import { loadAuditSet, TUNABLE } from './audit-sets';
import { instancesOf, matches, pair, sameSpan } from '../lib/evaluation/eval';
import { annotatableCorpusClaims } from '../lib/evaluation/eval-set';

const CORE = new Set(['agent', 'object']);

for (const set of process.argv.length > 2 ? process.argv.slice(2) : TUNABLE) {
  const { corpus, ids, gold } = loadAuditSet(set);
  const articleIds = new Set(gold.map((g) => g.articleId));
  const instances = instancesOf(annotatableCorpusClaims(corpus, ids), articleIds);
  const matched = new Set(pair(gold, instances, matches).map(([g]) => g));
  const paragraphs = new Map(corpus.articles.map((a) => [a.id, a.paragraphs]));
  const entities = new Map(corpus.entities.map((e) => [e.id, e]));
  for (const [g, inst] of pair(gold, instances, sameSpan)) {
    const src = inst.source;
    const para = paragraphs.get(src.articleId)?.[src.paragraph] ?? '';
    const span = para.slice(src.start, src.end);
    const speaker = g.attribution.entityId ?? null;
    const goldCore = Object.entries(g.entities).filter(([, r]) => CORE.has(r));
    const union = new Set([...inst.claim.entities.keys(), ...goldCore.map(([id]) => id)]);
    for (const id of union) {
      if (id === speaker) continue;
      const e = entities.get(id);
      const names = e ? [e.name.hans, e.name.hant, e.name.en ?? '', ...e.aliases.hans, ...e.aliases.hant] : [];
      const hits = names
        .filter((n) => n.length > 0)
        .map((n) => ({ n, at: span.toLowerCase().indexOf(n.toLowerCase()) }))
        .filter((h) => h.at >= 0)
        .sort((a, b) => a.at - b.at || b.n.length - a.n.length);
      const hit = hits[0];
      console.log(
        JSON.stringify({
          set,
          article: src.articleId,
          paragraph: src.paragraph,
          pairMatched: matched.has(g),
          id,
          type: e?.type ?? null,
          got: inst.claim.entities.get(id) ?? 'absent',
          gold: g.entities[id] ?? 'absent',
          goldKind: g.kind,
          kind: inst.claim.kind,
          attribution: inst.claim.attribution?.kind ?? null,
          speaker: inst.claim.attribution?.entityId ?? null,
          goldSpeaker: speaker,
          at: hit ? hit.at : -1,
          before: hit ? span.slice(Math.max(0, hit.at - 4), hit.at) : '',
          after: hit ? span.slice(hit.at + hit.n.length, hit.at + hit.n.length + 6) : '',
          entities: inst.claim.entities.size,
          coreGot: [...inst.claim.entities.values()].filter((r) => CORE.has(r)).length,
          span,
          goldText: g.text,
        }),
      );
    }
  }
}
