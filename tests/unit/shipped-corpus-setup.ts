// Vitest globalSetup of the unit project: the project's corpus compiled once for the whole run
// (as the build compiles it) and handed to the test files as a JSON file (shipped-corpus.ts).
// Thirteen files read it; compiling it in each one's beforeAll cost a jieba pass apiece and,
// on a loaded two-core machine, ran past the hook timeout.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import '../../lib/claims/node-jieba';
import { compileCorpus } from '../../lib/corpus/compile';
import { BUILD_CONVERTERS, readCorpusSources } from '../../lib/corpus/load';

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'shipped-corpus-'));
  const file = join(dir, 'corpus.json');
  const compiled = compileCorpus(readCorpusSources(join(__dirname, '../../corpus')), BUILD_CONVERTERS);
  writeFileSync(file, JSON.stringify(compiled));
  project.provide('shippedCorpusFile', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
