/**
 * The gazetteer's entries as a reader sees them: the popover header's description (one line, a
 * sentence of at most 40 characters) and no entry listing a name twice (a script variant or a case
 * variant of one of its own names, which the build already adds).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { namesOf, parseGazetteer, type Entity } from '../../lib/corpus/gazetteer';
import { foldText, scriptVariants } from '../../lib/text/convert';
import { CORPUS_DIR } from './shipped-corpus';

let entities: Entity[];
beforeAll(() => {
  entities = parseGazetteer(parseYaml(readFileSync(join(CORPUS_DIR, 'entities.yaml'), 'utf8')));
});

describe('descriptions', () => {
  it('are one sentence of at most 40 characters ending with 。', () => {
    const bad = entities
      .filter(
        (e) =>
          [...e.description].length > 40 || !e.description.endsWith('。') || e.description.slice(0, -1).includes('。'),
      )
      .map((e) => `${e.id}: ${e.description}`);
    expect(bad).toEqual([]);
  });
});

describe('names within one entry', () => {
  it('lists no name that another of its names already gives after script and case folding', () => {
    const repeated: string[] = [];
    for (const entity of entities) {
      const seen = new Map<string, string>();
      for (const name of [
        entity.name.hans,
        entity.name.hant,
        ...(entity.name.en ? [entity.name.en] : []),
        ...entity.aliases,
      ]) {
        // hans and hant are the two forms of one name by design; the rest must each add a form.
        const keys = scriptVariants(name).map(foldText);
        const earlier = keys.map((k) => seen.get(k)).find((n) => n !== undefined && n !== name);
        const isHant = name === entity.name.hant;
        if (earlier && !isHant) repeated.push(`${entity.id}: ${name} repeats ${earlier}`);
        for (const k of keys) if (!seen.has(k)) seen.set(k, name);
      }
    }
    expect(repeated).toEqual([]);
    expect(namesOf(entities.find((e) => e.id === 'elon-musk')!)).toContain('Elon Musk');
  });
});
