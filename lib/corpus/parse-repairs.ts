import { parse as parseYaml } from 'yaml';
import type { MojibakeRepair } from './clean';

/** corpus/repairs.yaml: the editor's decisions on mojibake the cleaner cannot make alone. */
export function parseRepairs(yaml: string | undefined): MojibakeRepair[] {
  if (!yaml) return [];
  const data: unknown = parseYaml(yaml);
  if (!Array.isArray(data)) throw new Error('repairs.yaml must be a list');
  return data.map((entry: Record<string, unknown>, i) => {
    if (typeof entry?.garbled !== 'string' || typeof entry.why !== 'string') {
      throw new Error(`repairs.yaml entry ${i + 1} needs "garbled" and "why"`);
    }
    if (entry.intended !== null && entry.intended !== undefined && typeof entry.intended !== 'string')
      throw new Error(`repairs.yaml entry ${i + 1}: "intended" must be text or null`);
    const intended = entry.intended ?? null;
    return { garbled: entry.garbled, intended, why: entry.why };
  });
}
