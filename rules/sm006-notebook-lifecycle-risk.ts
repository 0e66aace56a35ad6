import { message, propertyName, type Text } from '../src/core/dialect.js';
import { defineRule, type ReportInput } from '../src/core/rule.js';
import { get, leaves, type Leaf, type Value } from '../src/model/value.js';
import { DOWNLOAD_THEN_RUN, LINE_PATTERNS, type ScriptRisk } from './data/lifecycle-script-patterns.js';

/** Lifecycle hooks: OnCreate runs once when the notebook is created, OnStart on every start. */
const HOOKS = ['OnCreate', 'OnStart'] as const;

/**
 * The API takes at most 16,384 characters of base64 per script. Content far
 * beyond that cannot be deployed, and scanning it would let a hostile template
 * make the patterns' cost grow with the square of its length: it is skipped.
 */
const MAX_CONTENT_CHARS = 65_536;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** Control characters that do not occur in a script: decoded bytes holding them are not text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BINARY = /[\x00-\x08\x0e-\x1f\x7f]/;

/**
 * The script of a lifecycle hook's `Content`. The API and `Fn::Base64` of a
 * literal give base64; a template's `!Base64 |` block reaches the model already
 * resolved to the script itself. Undefined for base64 that does not decode to
 * text, and for content too long to be a lifecycle script.
 */
export function lifecycleScript(content: string): string | undefined {
  if (content.length > MAX_CONTENT_CHARS) return undefined;
  const compact = content.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) return content;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(compact, 'base64'));
    return BINARY.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

export interface ScriptProblem {
  /** 1-based line of the script. */
  line: number;
  /** The pattern that found it (`download-then-run` for a downloaded file that is run). */
  id: string;
  risk: ScriptRisk;
  /** Completes "OnStart[0] line N …". */
  finding: string;
  advice: string;
}

interface LogicalLine {
  /** Where the logical line starts (1-based). */
  line: number;
  text: string;
}

/** Joins `\` continuations and drops blank and comment lines (a shebang included). */
function logicalLines(script: string): LogicalLine[] {
  const physical = script.split(/\r?\n/);
  const out: LogicalLine[] = [];
  for (let i = 0; i < physical.length; i++) {
    const line = i + 1;
    if (/^\s*#/.test(physical[i]!)) continue;
    // Pieces joined once: re-joining the growing line for each continuation is quadratic.
    const pieces = [physical[i]!];
    while (pieces[pieces.length - 1]!.endsWith('\\') && i + 1 < physical.length) {
      pieces[pieces.length - 1] = pieces[pieces.length - 1]!.slice(0, -1);
      pieces.push(physical[++i]!);
    }
    const text = pieces.join(' ');
    if (text.trim()) out.push({ line, text });
  }
  return out;
}

/**
 * Every risky line of a script, in line order. A line yields one remote-code and
 * one credential problem at most (`GITHUB_TOKEN=ghp_…` is one secret, whichever
 * patterns see it), but each protection it turns off.
 */
export function findScriptProblems(script: string): ScriptProblem[] {
  const lines = logicalLines(script);
  const problems = [...linePatternProblems(lines), ...downloadThenRunProblems(lines)];
  const seen = new Set<string>();
  return problems
    .sort((a, b) => a.line - b.line)
    .filter((p) => {
      const key = `${p.line}\u0000${p.risk === 'protection-off' ? p.id : p.risk}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function linePatternProblems(lines: LogicalLine[]): ScriptProblem[] {
  const problems: ScriptProblem[] = [];
  for (const { line, text } of lines) {
    for (const p of LINE_PATTERNS) {
      if (p.pattern.test(text) && !p.unless?.test(text)) problems.push({ line, id: p.id, risk: p.risk, finding: p.finding, advice: p.advice });
    }
  }
  return problems;
}

function downloadThenRunProblems(lines: LogicalLine[]): ScriptProblem[] {
  const problems: ScriptProblem[] = [];
  // Each line is read once for a checksum check and once per file name it holds, whatever the number of
  // downloads: scanning every later line for every download is quadratic in the script.
  const nextVerification: number[] = [];
  for (let k = lines.length - 1, next = lines.length; k >= 0; k--) {
    nextVerification[k] = next;
    if (DOWNLOAD_THEN_RUN.verification.test(lines[k]!.text)) next = k;
  }
  const linesRunning = runningLinesFinder(lines);
  lines.forEach(({ line, text }, index) => {
    const download = DOWNLOAD_THEN_RUN.download(text);
    if (!download) return;
    const command = text.slice(download.index).split(/[;&|]/)[0]!;
    const file = downloadedFile(download.tool, download.url, command);
    if (!file) return;
    // Compiled only for a name that appears again: most downloaded files are never run.
    let compiled: RegExp | undefined;
    const runs = () => (compiled ??= DOWNLOAD_THEN_RUN.execution(file));
    const problem = (at: number): ScriptProblem => ({
      line: at,
      id: 'download-then-run',
      risk: 'remote-code',
      finding: DOWNLOAD_THEN_RUN.finding(file, line),
      advice: DOWNLOAD_THEN_RUN.advice,
    });
    // The rest of the download's own line comes first: `curl -o x URL && bash x`.
    const rest = text.slice(download.index + command.length);
    if (DOWNLOAD_THEN_RUN.verification.test(rest)) return;
    if (rest.includes(file) && runs().test(rest)) {
      problems.push(problem(line));
      return;
    }
    const run = linesRunning(file, runs, index).find((k) => k > index);
    if (run !== undefined && run < nextVerification[index]!) problems.push(problem(lines[run]!.line));
  });
  return problems;
}

/**
 * The indexes of the lines after `after` that run a file, in order, found once
 * per file name (the first download of a name asks first): only lines holding
 * the name are tested. A name of letters, digits, `.`, `_` and `-` is looked
 * up among the words of the lines (a command names a file after a space, a
 * quote, `/` or a command separator); another is searched for in the text.
 */
function runningLinesFinder(lines: LogicalLine[]): (file: string, runs: () => RegExp, after: number) => number[] {
  const byWord = new Map<string, number[]>();
  lines.forEach(({ text }, k) => {
    for (const [word] of text.matchAll(/(?<=^|[\s"';&|()/])[\w.-]+/g)) {
      const at = byWord.get(word);
      if (!at) byWord.set(word, [k]);
      else if (at[at.length - 1] !== k) at.push(k);
    }
  });
  const known = new Map<string, number[]>();
  return (file, runs, after) => {
    let found = known.get(file);
    if (found) return found;
    const holding = /^[\w.-]+$/.test(file) ? (byWord.get(file) ?? []) : lines.flatMap(({ text }, k) => (text.includes(file) ? [k] : []));
    found = holding.filter((k) => k > after && runs().test(lines[k]!.text));
    known.set(file, found);
    return found;
  };
}

/** The base name of the file a curl/wget command writes, or undefined when it writes to standard output. */
function downloadedFile(tool: string, url: string, command: string): string | undefined {
  const fromUrl = () => baseName(url.replace(/[?#].*$/, ''));
  if (tool === 'curl') {
    const output = DOWNLOAD_THEN_RUN.curlOutput.exec(command)?.[2];
    if (output) return output === '-' ? undefined : baseName(output);
    return DOWNLOAD_THEN_RUN.curlRemoteName.test(command) ? fromUrl() : undefined;
  }
  const output = DOWNLOAD_THEN_RUN.wgetOutput.exec(command)?.[2];
  if (output) return output === '-' ? undefined : baseName(output);
  return fromUrl();
}

function baseName(path: string): string | undefined {
  return path.split('/').pop() || undefined;
}

/**
 * A deploy-time choice without the values it quotes ("parameter Script keeps its
 * default …"): here a value is a whole script, and may hold the secret reported.
 */
function withoutValues(via: string): string {
  return via.replace(/'(?:[^'\\]|\\.)*'/g, '…');
}

/**
 * Reports every problem of the script(s) a lifecycle `content` value may hold
 * (base64 or the script itself), as "<where> line N …<suffix>". `enclosing` is
 * the choice that led to the content, when it sits inside one.
 */
export function reportScriptProblems(content: Value, where: Text, suffix: string, report: (input: ReportInput) => void, enclosing?: Leaf): void {
  for (const contentLeaf of leaves(content)) {
    const value = contentLeaf.value;
    if (value.t !== 'scalar' || typeof value.v !== 'string') continue;
    const script = lifecycleScript(value.v);
    if (script === undefined) continue;
    const via = [...(enclosing?.via ?? []), ...contentLeaf.via].map(withoutValues);
    const label = message`${where}${via.length ? ` (when ${via.join(' and ')})` : ''}`;
    for (const problem of findScriptProblems(script)) {
      report({
        at: value,
        certainty: (enclosing?.certain ?? true) && contentLeaf.certain ? 'definite' : 'possible',
        message: message`${label} line ${problem.line} ${problem.finding}. ${problem.advice}${suffix}`,
      });
    }
  }
}

export default defineRule({
  id: 'SM006',
  name: 'notebook-lifecycle-risk',
  severity: 'high',
  appliesTo: ['NotebookLifecycleConfig'],
  fixable: false,
  tags: ['security', 'supply-chain', 'secrets', 'sagemaker', 'notebook'],
  presets: {
    recommended: true,
    reason: 'A lifecycle configuration that runs remote code or embeds credentials is a supply-chain or secret leak on every start.',
  },
  docs: {
    summary: 'Notebook lifecycle configuration runs remote code, embeds credentials or turns off protections',
    description:
      'Decodes the `OnCreate` and `OnStart` scripts of a notebook instance lifecycle configuration (base64 as the API stores them, or the script itself when a template writes `!Base64 |`) and reports each line that: runs code fetched at that moment (a download piped into a shell or interpreter, `bash <(curl …)`, `eval "$(curl …)"`, `pip install` from a URL without a hash, a package index over plain HTTP, or a file downloaded with curl/wget and then run with no checksum or signature check in between); embeds a credential (AWS access keys and secret keys, private keys, GitHub/GitLab/Slack/Hugging Face tokens, passwords in URLs, literal values given to names ending in password, secret, token or key); or turns off a protection (the Jupyter token, localhost binding, XSRF check or origin check; an IDE server without authentication; password-less sudo; TLS certificate checks in curl, wget, pip, git, conda, npm, the AWS CLI or Python requests). Each finding names the hook and the script line, and the notebooks in the same template that use the configuration. Values read from variables or command substitution are never findings. A script chosen at deploy time (a parameter, one branch of an `Fn::If`) is reported one severity lower as a possible violation; a script that is not known (an import, a parameter without default), does not decode, or is far longer than the 16,384 characters the API accepts is skipped.',
    risk: 'Lifecycle scripts run as root with the notebook execution role every time the notebook is created or started, even when RootAccess is Disabled. Code fetched at that moment is whatever the remote server (or anyone on the path) returns; a credential in the script is readable by anyone who may describe the lifecycle configuration or log in to the notebook; a disabled protection exposes the notebook and its role to the network or to its users.',
    guidance: [
      {
        title: 'Customization of a SageMaker notebook instance using an LCC script',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-lifecycle-config.html',
      },
      {
        title: 'Control root access to a SageMaker notebook instance',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html',
      },
      {
        title: 'Move hardcoded secrets to AWS Secrets Manager',
        url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/hardcoded.html',
      },
    ],
    remediation: {
      cloudformation:
        'OnStart:\n  - Content: !Base64 |\n      #!/bin/bash\n      set -euo pipefail\n      aws s3 cp s3://<bucket>/setup.sh /tmp/setup.sh\n      echo "<sha256>  /tmp/setup.sh" | sha256sum -c -\n      bash /tmp/setup.sh',
      terraform:
        'on_start = base64encode(file("${path.module}/on-start.sh")) # the script reads secrets with `aws secretsmanager get-secret-value` at run time',
      cli: 'aws sagemaker update-notebook-instance-lifecycle-config --notebook-instance-lifecycle-config-name <name> --on-start Content=$(base64 -w0 on-start.sh)',
      console:
        'SageMaker console → Notebook → Lifecycle configurations → choose the configuration → edit the Start notebook / Create notebook script, then restart the notebooks that use it.',
    },
    alsoKnownAs: {
      Prowler: ['sagemaker_notebook_instance_no_secrets'],
    },
    notes: [
      'No automatic fix: what the script should do instead (pin a file, move a secret, keep a protection) needs a person. Rotate any credential the rule reports: it has already been stored in the configuration and in the template history.',
      'Findings never quote the offending line, only its number, because the line may hold the secret.',
      "A file downloaded and then run counts as verified when any checksum or signature command (sha256sum, shasum, gpg --verify, cosign verify, …) runs between the download and the run. Files copied from S3 with `aws s3 cp` are not downloads here: the bucket is yours. AWS's own sample scripts fetch helpers from GitHub on every start and are reported; copy them into the configuration or your bucket.",
      'The rule is reported on the lifecycle configuration, not on each notebook, so one script yields one finding per problem however many notebooks use it.',
    ],
  },
  check(config, { graph, report }) {
    const notebooks = [...new Set(graph.referrers(config, 'NotebookInstance').map((e) => e.from.id))];
    const usedBy = notebooks.length ? ` Used by notebook${notebooks.length > 1 ? 's' : ''} ${notebooks.join(', ')}.` : '';
    for (const hook of HOOKS) {
      for (const hookLeaf of leaves(get(config.props, hook))) {
        if (hookLeaf.value.t !== 'list') continue;
        hookLeaf.value.items.forEach((item, index) => reportScriptProblems(get(item, 'Content'), message`${propertyName(hook)}[${index}]`, usedBy, report, hookLeaf));
      }
    }
  },
});
