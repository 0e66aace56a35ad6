/**
 * The HTML report in a real browser: headless Chromium (Debian's `chromium`)
 * driven through the DevTools protocol. It opens the report of the bundled
 * example and of a generated 25,000-finding report, checks what is rendered
 * against the JSON report, filters and searches, and proves that hostile text
 * in file names, resource names and messages adds no element or handler.
 * Screenshots are kept in test-artifacts/. Without chromium the suite skips,
 * except under CI=true, where that is a failure.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../src/core/finding.js';
import { SEVERITIES, type Severity } from '../../src/core/rule.js';
import { htmlReportText } from '../../src/report/html.js';
import type { JsonReport } from '../../src/report/json.js';
import { ALL_RULES } from '../../rules/index.js';
import { reportText } from '../helpers/report-text.js';
import { REPO_ROOT, runCliAsync } from './cli.js';

/** What the callbacks run in the page use of the DOM (the project's type check has no DOM library). */
interface PageElement {
  dataset: Record<string, string | undefined>;
  textContent: string | null;
  tagName: string;
  attributes: Iterable<{ name: string }>;
  href?: string;
  querySelector(selector: string): PageElement | null;
  click(): void;
}
declare const document: {
  querySelectorAll(selector: string): Iterable<PageElement> & { length: number };
  getElementById(id: string): PageElement | null;
  scripts: { length: number };
  images: { length: number };
  addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string; blockedURI: string }) => void): void;
};
declare const window: { pwned?: number; cspViolations: string[] };
declare function getComputedStyle(element: unknown): { display: string; color: string };

const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');
const HOSTILE = '</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">"onmouseover="window.pwned=3';
const GENERATED_FINDINGS = 25_000;

function findChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not on PATH: try the next name
    }
  }
  return undefined;
}

const CHROMIUM = findChromium();
if (!CHROMIUM) {
  const need = 'headless Chromium (Debian package `chromium`) is not installed';
  if (process.env.CI === 'true') throw new Error(`The HTML report browser tests cannot run: ${need}. Under CI=true they may not be skipped.`);
  console.warn(`Skipping the HTML report browser tests: ${need}. Install it with: apt-get install -y chromium`);
}

/** What the page shows, read from the DOM. */
interface Rendered {
  chart: Record<string, number>;
  matching: number;
  shown: number;
  rows: number;
  rowsBySeverity: Record<string, number>;
}

async function rendered(page: Page): Promise<Rendered> {
  return page.evaluate(() => {
    const chart: Record<string, number> = {};
    for (const bar of document.querySelectorAll('#severity-chart g.bar')) chart[bar.dataset.severity!] = Number(bar.dataset.count);
    const rowsBySeverity: Record<string, number> = {};
    const rows = document.querySelectorAll('#finding-list article.finding');
    for (const row of rows) rowsBySeverity[row.dataset.severity!] = (rowsBySeverity[row.dataset.severity!] ?? 0) + 1;
    const status = document.getElementById('status')!;
    return { chart, matching: Number(status.dataset.matching), shown: Number(status.dataset.shown), rows: rows.length, rowsBySeverity };
  });
}

/** Waits until the list shows `matching` findings (the search box applies after a short pause). */
async function waitForMatching(page: Page, matching: number): Promise<void> {
  await page.waitForFunction((n) => document.getElementById('status')?.dataset.matching === String(n), { timeout: 10_000 }, matching);
}

/** Injected markup, handlers or CSP violations, and requests that left the file. */
async function intrusions(page: Page, requests: string[]): Promise<unknown> {
  const dom = await page.evaluate(() => ({
    pwned: window.pwned ?? null,
    scripts: document.scripts.length,
    images: document.images.length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
    violations: window.cspViolations,
  }));
  return { ...dom, requests: requests.filter((url) => !url.startsWith('file:')) };
}

/** `count` findings over 250 files (each a file on disk, for code frames), every severity and rule, hostile text in some. */
function generatedScan(root: string, count: number): ScanResult {
  const files = Array.from({ length: 250 }, (_, i) => (i % 50 === 0 ? `stacks/${HOSTILE.replaceAll('/', '_')}-${i}.yaml` : `stacks/stack-${i}.yaml`));
  mkdirSync(path.join(root, 'stacks'), { recursive: true });
  const text = Array.from({ length: 120 }, (_, i) => `      Property${i}: value-${i} # ${i % 10 === 0 ? HOSTILE : 'ok'}`).join('\n');
  for (const file of files) writeFileSync(path.join(root, file), text);
  const rules = ALL_RULES.slice(0, 20);
  const findings: Finding[] = Array.from({ length: count }, (_, i) => {
    const rule = rules[i % rules.length]!;
    const line = (i % 100) + 1;
    return {
      ruleId: rule.id,
      ruleName: rule.name,
      // Uneven counts (1:2:2:2 of every 7), so a count shown for the wrong severity shows.
      severity: SEVERITIES[[0, 1, 1, 2, 2, 3, 3][i % 7]!]!,
      certainty: 'definite',
      message: i % 1000 === 1 ? `${HOSTILE} finding ${i}` : `Generated finding ${i} of ${rule.name}`,
      resource: { id: i % 1000 === 1 ? HOSTILE : `Resource${i % 400}`, type: 'AWS::SageMaker::NotebookInstance', kind: 'NotebookInstance', source: 'cloudformation', label: `Stack/Resource${i % 400}` },
      location: { kind: 'source', file: files[i % files.length]!, start: { line, column: 7, offset: 0 }, end: { line, column: 20, offset: 0 }, path: [] },
      propertyPath: [],
      fingerprint: `fp${i}`,
    };
  });
  return { root, findings, errors: [], notes: [{ message: HOSTILE }], stats: { files: files.length, resources: 400 } };
}

describe.skipIf(!CHROMIUM)(CHROMIUM ? 'HTML report in Chromium' : 'HTML report in Chromium (skipped: chromium not found)', () => {
  let browser: Browser;
  let dir: string;
  let page: Page;
  let requests: string[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sagelint-html-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      // CI runs as root, where Chromium's sandbox cannot start.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--allow-file-access-from-files'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(file: string): Promise<void> {
    page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    requests = [];
    page.on('request', (request) => void requests.push(request.url()));
    await page.evaluateOnNewDocument(() => {
      const violations: string[] = [];
      window.cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.waitForSelector('#status[data-matching]');
  }

  it('renders the example report with the JSON report’s counts, filters by severity and searches', async () => {
    const html = path.join(dir, 'examples.html');
    const jsonFile = path.join(dir, 'examples.json');
    const runs = await Promise.all([runCliAsync(['scan', 'fixtures/examples', '--format', 'html', '-o', html]), runCliAsync(['scan', 'fixtures/examples', '--format', 'json', '-o', jsonFile])]);
    expect(runs.map((run) => run.status)).toEqual([1, 1]);
    const json = JSON.parse(readFileSync(jsonFile, 'utf8')) as JsonReport;
    const bySeverity = json.stats.bySeverity;
    const active = json.findings.filter((f) => !f.suppressed && f.baselineState !== 'unchanged');
    expect(active.length).toBeGreaterThan(10);

    await open(html);
    let view = await rendered(page);
    expect(view.chart).toEqual(bySeverity);
    expect(view.matching).toBe(json.stats.active);
    expect(view.rowsBySeverity).toEqual(Object.fromEntries(Object.entries(bySeverity).filter(([, n]) => n > 0)));
    // Each row carries its code frame, fix or remediation, and rule link.
    const first = await page.$eval('#finding-list article.finding', (row) => ({
      frame: row.querySelector('pre.frame')?.textContent ?? '',
      fix: row.querySelector('.fix')?.textContent ?? '',
      link: row.querySelector('a.rule')?.href ?? '',
      ruleId: row.querySelector('a.rule')?.textContent ?? '',
    }));
    expect(first.frame).toMatch(/^>\s+\d+ \|/m);
    expect(first.fix).toMatch(/^fix: /);
    expect(first.link).toBe(`https://github.com/sagelint/sagelint/blob/main/docs/rules/${first.ruleId}.md`);
    expect(json.rules.map((r) => r.id)).toContain(first.ruleId);
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-report-examples.png'), fullPage: true });
    // Printed, the controls go and the findings stay.
    await page.emulateMediaType('print');
    expect(await page.$eval('#filters', (form) => getComputedStyle(form).display)).toBe('none');
    expect(await page.$eval('#finding-list article.finding', (row) => getComputedStyle(row).display)).toBe('block');
    await page.emulateMediaType('screen');

    const severity: Severity = SEVERITIES.find((s) => bySeverity[s] > 0 && bySeverity[s] < json.stats.active)!;
    await page.click(`#filters input[value="${severity}"]`);
    await waitForMatching(page, json.stats.active - bySeverity[severity]);
    view = await rendered(page);
    expect(view.rows).toBe(json.stats.active - bySeverity[severity]);
    expect(view.rowsBySeverity[severity]).toBeUndefined();
    await page.click(`#filters input[value="${severity}"]`);
    await waitForMatching(page, json.stats.active);

    // A rule ID narrows the list to that rule's findings.
    const ruleId = active[0]!.ruleId;
    await page.type('#search', ruleId.toLowerCase());
    const expected = active.filter((f) => [f.ruleId, f.ruleName, f.message, f.resource.id].join(' ').toLowerCase().includes(ruleId.toLowerCase())).length;
    expect(expected).toBeLessThan(active.length);
    await waitForMatching(page, expected);
    expect((await rendered(page)).rows).toBe(expected);
    expect(await intrusions(page, requests)).toEqual({ pwned: null, scripts: 2, images: 0, handlers: [], violations: [], requests: [] });
    await page.close();
  }, 90_000);

  it('opens a 25,000-finding report with hostile names, renders a page of it, filters it, and runs nothing injected', async () => {
    const root = path.join(dir, 'generated');
    mkdirSync(root);
    const result = generatedScan(root, GENERATED_FINDINGS);
    const html = path.join(dir, 'generated.html');
    writeFileSync(html, reportText(htmlReportText(result, ALL_RULES)));
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, result.findings.filter((f) => f.severity === s).length]));

    const started = Date.now();
    await open(html);
    const loadTime = Date.now() - started;
    let view = await rendered(page);
    expect(view.chart).toEqual(bySeverity);
    expect(view.matching).toBe(GENERATED_FINDINGS);
    // Rendered a page at a time: the first page, not 25,000 rows.
    expect(view.rows).toBe(view.shown);
    expect(view.rows).toBeLessThan(1000);
    expect(loadTime).toBeLessThan(30_000);
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-report-25000.png') });

    await page.$eval('#more', (button) => button.click());
    expect((await rendered(page)).rows).toBe(view.rows * 2);

    await page.click('#filters input[value="critical"]');
    await waitForMatching(page, GENERATED_FINDINGS - bySeverity.critical!);
    view = await rendered(page);
    expect(view.rowsBySeverity.critical).toBeUndefined();

    // Hostile text is shown as text: search finds it, and it adds nothing to the page.
    await page.type('#search', HOSTILE);
    const hostile = result.findings.filter((f) => f.severity !== 'critical' && (f.message.includes(HOSTILE) || f.resource.id === HOSTILE)).length;
    expect(hostile).toBeGreaterThan(0);
    await waitForMatching(page, hostile);
    const shownText = await page.$eval('#finding-list', (list) => list.textContent ?? '');
    expect(shownText).toContain(HOSTILE);
    expect(await intrusions(page, requests)).toEqual({ pwned: null, scripts: 2, images: 0, handlers: [], violations: [], requests: [] });
    await page.close();
  }, 120_000);

  it('shows the compliance table of --compliance security-hub, one row per control of the JSON report, styled by status', async () => {
    const html = path.join(dir, 'compliance.html');
    const jsonFile = path.join(dir, 'compliance.json');
    const runs = await Promise.all([html, jsonFile].map((output) => runCliAsync(['scan', 'fixtures/examples', '--compliance', 'security-hub', '-o', output])));
    expect(runs.map((run) => run.status)).toEqual([1, 1]);
    const { compliance } = JSON.parse(readFileSync(jsonFile, 'utf8')) as Required<JsonReport>;
    await open(html);
    const rows = await page.$$eval('#compliance tbody tr', (trs) => trs.map((tr) => ({ control: tr.dataset.control, status: tr.dataset.status })));
    expect(rows).toEqual(compliance.controls.map(({ control, status }) => ({ control, status })));
    const failedColor = await page.$eval('#compliance tr[data-status="FAILED"] .control-status', (cell) => getComputedStyle(cell).color);
    const passedColor = await page.$eval('#compliance tr[data-status="PASSED"] .control-status', (cell) => getComputedStyle(cell).color);
    expect(failedColor).not.toBe(passedColor);
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-report-compliance.png'), fullPage: true });
    expect(await intrusions(page, requests)).toEqual({ pwned: null, scripts: 2, images: 0, handlers: [], violations: [], requests: [] });
    await page.close();
  }, 90_000);
});

describe('HTML report without a browser', () => {
  it('is the format of an --output ending in .html or .htm', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-html-ext-'));
    const files = ['report.html', 'report.HTM'].map((name) => path.join(dir, name));
    const runs = await Promise.all(files.map((file) => runCliAsync(['scan', 'fixtures/examples', '-o', file])));
    expect(runs.map((run) => run.status)).toEqual([1, 1]);
    for (const file of files) expect(readFileSync(file, 'utf8')).toMatch(/^<!DOCTYPE html>\n/);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('keeps its screenshots out of git', () => {
    expect(readFileSync(path.join(REPO_ROOT, '.gitignore'), 'utf8')).toMatch(/^test-artifacts\/$/m);
  });
});
