/**
 * Conformance with other scanners' public fixtures: the shared corpus
 * (../shared/peer-corpus) and the fixtures kept in this repository
 * (peer-fixtures/, for checks the shared corpus does not hold). For every case
 * whose concern maps onto an implemented rule, sagelint must agree with the
 * peer's verdict, or the case must be listed with the reason: in DIVERGENCES
 * (shared corpus) or peer-fixtures/divergences.json. A listed divergence that
 * no longer diverges fails too.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import { scan } from '../../src/pipeline/scan.js';
import { CONCERN_RULES, DIVERGENCES, OUT_OF_SCOPE, RESOURCE_DIVERGENCES } from './peer-mapping.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/peer-corpus');
const FIXTURES = path.resolve(import.meta.dirname, 'peer-fixtures');

interface PeerCase {
  id: string;
  source: 'kics' | 'checkov';
  concern: string;
  format: 'cloudformation' | 'terraform';
  file: string;
  expected: 'pass' | 'fail';
  resource?: string;
  failing_resources: string[];
}

/** A set of peer cases: where its files are, and why sagelint differs on some of them. */
interface Corpus {
  name: string;
  root: string;
  cases: PeerCase[];
  divergences: Readonly<Record<string, string>>;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

const available = existsSync(path.join(CORPUS, 'manifest.json'));
if (!available && process.env.CI === 'true') throw new Error(`peer corpus missing at ${CORPUS}`);
const CORPORA: Corpus[] = [
  ...(available ? [{ name: 'peer corpus', root: CORPUS, cases: readJson<PeerCase[]>(path.join(CORPUS, 'manifest.json')), divergences: DIVERGENCES }] : []),
  {
    name: 'peer fixtures',
    root: FIXTURES,
    cases: readJson<PeerCase[]>(path.join(FIXTURES, 'manifest.json')),
    divergences: readJson<Record<string, string>>(path.join(FIXTURES, 'divergences.json')),
  },
];
const implemented = new Set(ALL_RULES.map((r) => r.id));
/** Formats whose loader is wired into the scan. */
const LOADED_FORMATS = new Set(['cloudformation', 'terraform']);

/** Resources with a finding of the case's rules in the case's file. */
async function flaggedResources(root: string, c: PeerCase, ruleIds: readonly string[]): Promise<Set<string>> {
  const rules = ALL_RULES.filter((r) => ruleIds.includes(r.id));
  const result = await scan([c.file], { root, rules, catalog: ALL_RULES, config: EMPTY_CONFIG });
  expect(result.errors, `${c.file} must load`).toEqual([]);
  return new Set(result.findings.filter((f) => !f.suppression).map((f) => f.resource.id));
}

function verdict(c: PeerCase, flagged: Set<string>): 'pass' | 'fail' {
  if (c.source === 'checkov') return flagged.has(c.resource!) ? 'fail' : 'pass';
  return flagged.size > 0 ? 'fail' : 'pass';
}

for (const corpus of CORPORA) {
  describe(`${corpus.name} conformance`, () => {
    for (const format of ['cloudformation', 'terraform'] as const) {
      const runnable = corpus.cases.filter(
        (c) => c.format === format && LOADED_FORMATS.has(format) && CONCERN_RULES[c.concern]?.every((id) => implemented.has(id)),
      );
      describe.runIf(runnable.length > 0)(format, () => {
        for (const c of runnable) {
          const ruleIds = CONCERN_RULES[c.concern]!;
          it(c.id, async () => {
            const flagged = await flaggedResources(corpus.root, c, ruleIds);
            const ours = verdict(c, flagged);
            const divergence = corpus.divergences[c.id];
            if (divergence) {
              expect(ours, `listed divergence no longer diverges: ${divergence}`).not.toBe(c.expected);
              return;
            }
            expect(ours, `peer expects ${c.expected} (${c.source} ${c.concern}); flagged: ${[...flagged].join(', ')}`).toBe(c.expected);
            if (c.source === 'kics' && c.expected === 'fail') {
              const partial = RESOURCE_DIVERGENCES[c.id];
              for (const resource of c.failing_resources) {
                if (partial?.notFlagged.includes(resource)) expect(flagged, `listed as not flagged: ${partial.reason}`).not.toContain(resource);
                else expect(flagged, `KICS flags ${resource}`).toContain(resource);
              }
            }
          });
        }
      });
    }

    it('every concern is either mapped to rules or explained as out of scope', () => {
      const unexplained = [...new Set(corpus.cases.map((c) => c.concern))].filter((c) => !CONCERN_RULES[c] && !OUT_OF_SCOPE[c]);
      expect(unexplained).toEqual([]);
    });

    it('every listed divergence names a real case, with a reason', () => {
      const ids = new Set(corpus.cases.map((c) => c.id));
      const listed = [...Object.keys(corpus.divergences), ...(corpus.root === CORPUS ? Object.keys(RESOURCE_DIVERGENCES) : [])];
      expect(listed.filter((id) => !ids.has(id))).toEqual([]);
      expect(Object.entries(corpus.divergences).filter(([, reason]) => reason.trim().length < 20)).toEqual([]);
    });
  });
}
