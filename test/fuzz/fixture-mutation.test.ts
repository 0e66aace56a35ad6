/**
 * Mutation fuzz over the fixtures: delete, duplicate and swap lines of every
 * template under fixtures/ (as a careless edit would), scan the result and
 * render every report format. The scan may find errors; it may not crash.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from '../helpers/property.js';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import { scan } from '../../src/pipeline/scan.js';
import { renderGithubAnnotations } from '../../src/report/github.js';
import { jsonReportText } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { sarifReportText } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { parsedReport } from '../helpers/report-text.js';
import { FUZZ_SUITE, fixtureFiles, mutatedLines } from './mutations.js';

const TEMPLATES = fixtureFiles(/\.(ya?ml|json|template)$/);

describe('scanning mutated fixtures', FUZZ_SUITE, () => {
  it('finds templates to mutate', () => {
    expect(TEMPLATES.length).toBeGreaterThan(5);
  });

  it('never crashes the scan or a report', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sagelint-mutation-'));
    const texts = TEMPLATES.map((file) => ({ name: path.basename(file), text: readFileSync(file, 'utf8') }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...texts), fc.infiniteStream(fc.nat()), async ({ name, text }, choices) => {
        const file = path.join(root, name);
        writeFileSync(file, mutatedLines(text, choices));
        const result = await scan([name], { root, rules: ALL_RULES, catalog: ALL_RULES, config: EMPTY_CONFIG });
        expect(result.stats.files).toBe(1);
        parsedReport(jsonReportText(result, ALL_RULES));
        parsedReport(sarifReportText(result, ALL_RULES));
        renderText(result, ALL_RULES, { color: false });
        renderMarkdown(result, ALL_RULES);
        renderGithubAnnotations(result);
      }),
      { numRuns: 400 },
    );
  });
});
