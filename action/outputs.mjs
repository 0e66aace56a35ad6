#!/usr/bin/env node
// `node action/outputs.mjs FORMAT REPORT`: the Action's outputs, as `name=value`
// lines for $GITHUB_OUTPUT, read from the report the scan wrote: the SARIF path
// and the active findings (neither suppressed nor in the baseline) by severity.
// JSON reports carry these counts in `stats`; SARIF results carry their severity,
// suppressions and baseline state. Other formats have no counts to read, and a
// scan that wrote no report (exit code 2) leaves the counts empty.
import { readFileSync } from 'node:fs';

const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const [format, report] = process.argv.slice(2);

function readReport() {
  try {
    return JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Active findings by severity, or undefined when the report does not say. */
function countActive(log) {
  if (format === 'json' && log?.stats?.bySeverity) return log.stats.bySeverity;
  if (format !== 'sarif' || !Array.isArray(log?.runs)) return undefined;
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0]));
  for (const result of log.runs.flatMap((run) => run.results ?? [])) {
    if (result.suppressions?.length || result.baselineState === 'unchanged' || result.baselineState === 'absent') continue;
    const severity = result.properties?.severity;
    if (severity in counts) counts[severity]++;
  }
  return counts;
}

const counts = countActive(readReport());
const lines = [`sarif=${format === 'sarif' && counts ? report : ''}`];
lines.push(`findings=${counts ? SEVERITIES.reduce((total, severity) => total + (counts[severity] ?? 0), 0) : ''}`);
for (const severity of SEVERITIES) lines.push(`${severity}=${counts?.[severity] ?? ''}`);
process.stdout.write(`${lines.join('\n')}\n`);
