/**
 * What SM006 looks for in notebook lifecycle configuration scripts.
 *
 * Line patterns are matched against one logical line of a script: continuation
 * lines (ending in `\`) are joined and comment lines are skipped. They favour
 * precision over recall: each finding must name a line a reviewer can confirm at
 * a glance. A value that comes from a variable (`$TOKEN`, `${TOKEN}`, `$(…)`) is
 * never a finding: fetching a secret at run time is the remedy, not the problem.
 *
 * `finding` completes "OnStart[0] line N …" and never quotes the line, which may
 * hold the very secret being reported.
 */

export type ScriptRisk = 'remote-code' | 'credential' | 'protection-off';

export interface LinePattern {
  id: string;
  risk: ScriptRisk;
  pattern: RegExp;
  /** A line that also matches this is a placeholder or a safe variant, not a finding. */
  unless?: RegExp;
  finding: string;
  advice: string;
}

/** Programs that execute code they read from a file or from standard input. */
const INTERPRETER = String.raw`(?:(?:ba|z|k|da|a)?sh|python[0-9.]*|perl|ruby|node)`;

/**
 * Every pattern runs in time linear in the line, whatever the line holds (a
 * script is the author's, and may be built to stall a scan): no two quantifiers
 * can take the same characters, chains of options are bounded, and a pattern
 * that looks for a command and then something later in the same command starts
 * only at the command's first mention in each command segment (between `|`,
 * `;`, `&` and line breaks) and takes the segment atomically, so no segment is
 * scanned once per mention.
 */

/**
 * The start of the first command segment holding `command` (a regular
 * expression source), up to and including that mention. `group` is the number
 * of the capture group this takes (the lookahead-and-backreference idiom makes
 * it atomic: a later mention in the same segment is never tried again).
 */
function firstInSegment(command: string, group: number): string {
  return String.raw`(?:^|[|;&\n])(?=([^|;&\n]*?${command}))` + `\\${group}`;
}

/** The rest of the current command segment, taken at once (capture group `group`). */
function restOfSegment(group: number): string {
  return String.raw`(?=([^|;&\n]*))` + `\\${group}`;
}

/** Options before an argument (`sudo -E -u x …`, `bash -x …`): a few, not an unbounded chain. */
const OPTIONS = String.raw`(?:-\S+\s+){0,8}`;

/** A literal value: not a variable, command substitution, placeholder or empty string. */
const LITERAL = String.raw`(?![$<{\s"'\x60(])`;

const FETCH_ADVICE =
  'Keep the script in the lifecycle configuration or an S3 object you control, or download it to a file, verify its SHA-256 checksum and then run it.';
const SECRET_ADVICE =
  'Remove it from the script, rotate it, and read it at run time from AWS Secrets Manager or SSM Parameter Store with the notebook execution role.';
const TLS_ADVICE = 'Remove the option; if a private certificate authority is involved, install its certificate instead.';

export const LINE_PATTERNS: readonly LinePattern[] = [
  // ── Remote code ─────────────────────────────────────────────────────────────
  {
    // `curl … | bash`, `wget -qO- … | sudo sh`, `curl … | python3 -`. An interpreter
    // given -c or -m reads standard input as data (`| python3 -c "import json…"`).
    id: 'download-piped-to-interpreter',
    risk: 'remote-code',
    pattern: new RegExp(
      String.raw`${firstInSegment(String.raw`\b(?:curl|wget)\b`, 1)}${restOfSegment(2)}\|\s*(?:sudo\s+${OPTIONS})?(?:\S*/)?${INTERPRETER}(?![\w.-])(?!\s+-[cm]\b)`,
    ),
    finding: 'pipes a download into an interpreter, so whatever the server returns at that moment runs on the notebook with its execution role',
    advice: FETCH_ADVICE,
  },
  {
    // `bash <(curl …)`, `source <(wget -qO- …)`, `. <(curl …)`: process substitution.
    id: 'interpreter-of-download',
    risk: 'remote-code',
    pattern: new RegExp(String.raw`(?:\b(?:${INTERPRETER}|source)|(?:^|[;&|]\s*)\.)\s+${OPTIONS}<\(\s*(?:curl|wget)\b`),
    finding: 'runs a download through process substitution, so whatever the server returns at that moment runs on the notebook with its execution role',
    advice: FETCH_ADVICE,
  },
  {
    // `bash -c "$(curl …)"`, `eval "$(wget -qO- …)"`: command substitution executed.
    id: 'eval-of-download',
    risk: 'remote-code',
    pattern: new RegExp(String.raw`\b(?:${INTERPRETER}\s+-c|eval)\s+["']?\$\(\s*(?:curl|wget)\b`),
    finding: 'executes the output of a download, so whatever the server returns at that moment runs on the notebook with its execution role',
    advice: FETCH_ADVICE,
  },
  {
    // `pip install https://…/pkg.tar.gz`, `pip install git+https://…`, `pip install "pkg @ https://…"`:
    // a package built from an arbitrary URL runs its build code on the notebook. A URL that is
    // the value of an option (index, find-links, constraint, requirement, proxy) is not a
    // package. Hash-pinned URLs and git URLs pinned to a full commit are fine.
    id: 'pip-install-from-url',
    risk: 'remote-code',
    // The URL is looked for first, so what stands before it is read only where a URL starts.
    pattern: new RegExp(
      firstInSegment(String.raw`\bpip[0-9.]*\s+install\b`, 1) +
        String.raw`[^;&|\n]*?(?=(?:git\+)?(?:https?|ftp):\/\/)(?<=[\s"'@])(?<!(?:--(?:extra-)?index-url|--find-links|--trusted-host|--constraint|--requirement|--proxy|(?:^|\s)-[ifcr])(?:\s+|=)["']?)`,
    ),
    unless: /--hash[=\s]|#(?:sha256|sha384|sha512)=|@[0-9a-f]{40}\b/,
    finding: 'installs a Python package straight from a URL, running its build code on the notebook with nothing pinning what is fetched',
    advice: 'Install from a package index, or pin the URL with #sha256=<digest> (or a git URL with a full commit hash).',
  },
  {
    // `pip install -i http://…`, `--extra-index-url=http://…`, `PIP_INDEX_URL=http://…`,
    // `index-url = http://…` written to pip.conf: packages over plain HTTP can be swapped in transit.
    id: 'pip-plain-http-index',
    risk: 'remote-code',
    pattern: new RegExp(
      String.raw`\bindex-url["']?(?:\s*=\s*|\s+)["']?http:\/\/|--find-links(?:\s+|=)["']?http:\/\/|\bPIP_(?:EXTRA_)?INDEX_URL=["']?http:\/\/|` +
        firstInSegment(String.raw`\bpip[0-9.]*\s+(?:install|download|wheel)\b`, 1) +
        String.raw`[^;&|\n]*\s-[if]\s*["']?http:\/\/`,
    ),
    finding: 'installs Python packages from an index over plain HTTP, where anyone on the path can replace them',
    advice: 'Use an HTTPS index (or a CodeArtifact repository reached through a VPC endpoint).',
  },

  // ── Embedded credentials ───────────────────────────────────────────────────
  {
    // Long-term (AKIA) and temporary (ASIA) access key IDs. AWS's documentation example is not a key.
    id: 'aws-access-key-id',
    risk: 'credential',
    pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/,
    unless: /\b(?:AKIA|ASIA)[0-9A-Z]{9}EXAMPLE\b/,
    finding: 'embeds an AWS access key ID',
    advice: SECRET_ADVICE + ' The notebook execution role already provides credentials.',
  },
  {
    // `aws_secret_access_key = …`, `AWS_SECRET_ACCESS_KEY=…`, `aws configure set aws_secret_access_key …`
    // followed by a literal 40-character secret.
    id: 'aws-secret-access-key',
    risk: 'credential',
    pattern: new RegExp(String.raw`aws_secret_access_key["']?(?:\s*[=:]\s*|\s+)["']?${LITERAL}[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])`, 'i'),
    unless: /EXAMPLEKEY/,
    finding: 'embeds an AWS secret access key',
    advice: SECRET_ADVICE + ' The notebook execution role already provides credentials.',
  },
  {
    // PEM private keys written into files (SSH deploy keys, TLS keys).
    id: 'private-key',
    risk: 'credential',
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/,
    finding: 'embeds a private key',
    advice: SECRET_ADVICE,
  },
  {
    // Tokens with a recognizable format: GitHub (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_),
    // GitLab (glpat-), Slack (xoxb-, xoxp-, …), Hugging Face (hf_).
    id: 'service-token',
    risk: 'credential',
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,}|glpat-[A-Za-z0-9_-]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}|hf_[A-Za-z0-9]{30,})/,
    finding: 'embeds an access token',
    advice: SECRET_ADVICE,
  },
  {
    // `https://user:password@host/…` (git clones, pip indexes, proxies) with a literal password.
    id: 'credentials-in-url',
    risk: 'credential',
    pattern: new RegExp(String.raw`\b[a-z][a-z0-9+.-]{0,30}://[^\s/:@'"]+:${LITERAL}[^\s/@'"]+@`, 'i'),
    finding: 'embeds a password in a URL',
    advice: SECRET_ADVICE,
  },
  {
    // `DB_PASSWORD=…`, `api_key = "…"`, `"token": "…"`, `--password …`: a name that ends in a
    // secret word, given a literal of at least 8 characters. Names that merely mention the
    // word (`TOKEN_URL`, `SECRET_ARN`, `password_required`) do not end in it; a value starting
    // with `-` is the next option of a command line (`--ServerApp.token= --no-browser`).
    id: 'secret-assignment',
    risk: 'credential',
    pattern: new RegExp(
      String.raw`(?<![$\w])\w*?(?:password|passwd|secret|token|api_?key|access_?key|private_?key)["']?\s*[:=]\s*["']?${LITERAL}(?!-)[^\s"'\x60;]{8,}` +
        String.raw`|--(?:password|passwd|token|api-key|secret)(?:\s+|=)["']?${LITERAL}(?!-)[^\s"'\x60;]{4,}`,
      'i',
    ),
    finding: 'embeds a password, token or key',
    advice: SECRET_ADVICE,
  },

  // ── Protections turned off ─────────────────────────────────────────────────
  {
    // `c.NotebookApp.token = ''`, `--ServerApp.token=`, `--IdentityProvider.token=''`: Jupyter without its token.
    id: 'jupyter-token-disabled',
    risk: 'protection-off',
    pattern: /\b(?:NotebookApp|ServerApp|IdentityProvider)\.token\s*=\s*(?:''|""|(?=\s|$))/,
    finding: 'turns off the Jupyter server token, so anything that reaches the server can run code as the notebook role',
    advice: 'Leave the token on; SageMaker signs users in through presigned URLs.',
  },
  {
    // `c.NotebookApp.ip = '0.0.0.0'`, `--ip=0.0.0.0`, `--ip '*'`: listening on every interface of the notebook.
    id: 'jupyter-all-interfaces',
    risk: 'protection-off',
    pattern: /(?:\b(?:NotebookApp|ServerApp)\.ip\s*=\s*|--ip(?:\s+|=))["']?(?:0\.0\.0\.0|\*|::)["']?(?![\w.])/,
    finding: 'makes the Jupyter server listen on every network interface, exposing it to the VPC beyond the SageMaker proxy',
    advice: 'Keep the server on localhost; users reach it through the SageMaker console or presigned URLs.',
  },
  {
    // `c.ServerApp.disable_check_xsrf = True`: cross-site request forgery protection off.
    id: 'jupyter-xsrf-disabled',
    risk: 'protection-off',
    pattern: /\bdisable_check_xsrf\s*=\s*True\b/,
    finding: 'turns off the Jupyter server cross-site request forgery check, so any web page a user opens can act on the server',
    advice: 'Remove the setting.',
  },
  {
    // `c.NotebookApp.allow_origin = '*'`: any web origin may call the Jupyter API.
    id: 'jupyter-any-origin',
    risk: 'protection-off',
    pattern: /\ballow_origin\s*=\s*["']\*["']/,
    finding: 'lets any web origin call the Jupyter API',
    advice: 'Remove the setting, or name the one origin that needs it.',
  },
  {
    // `code-server --auth none`: an IDE server without authentication.
    id: 'ide-without-auth',
    risk: 'protection-off',
    pattern: /--auth(?:\s+|=)["']?none\b/,
    finding: 'starts an IDE server without authentication',
    advice: 'Use password authentication, or keep the server on localhost behind the Jupyter proxy.',
  },
  {
    // `echo "ec2-user ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers`: notebook users become root.
    id: 'passwordless-sudo',
    risk: 'protection-off',
    pattern: /\bNOPASSWD\s*:\s*ALL\b/,
    finding: 'grants password-less sudo, so notebook users are root even when RootAccess is Disabled',
    advice: 'Remove the sudoers entry and install what users need in the lifecycle configuration instead.',
  },
  {
    // `curl -k`, `curl -fsSLk`, `curl --insecure`: TLS certificates not checked.
    id: 'curl-insecure',
    risk: 'protection-off',
    pattern: new RegExp(String.raw`${firstInSegment(String.raw`\bcurl\b`, 1)}[^|;&\n]*?\s(?:--insecure|-(?=[A-Za-z]*k)[A-Za-z]+)(?=\s|$)`),
    finding: 'downloads without checking TLS certificates, so anyone on the path can alter what arrives',
    advice: TLS_ADVICE,
  },
  {
    // `wget --no-check-certificate`.
    id: 'wget-no-check-certificate',
    risk: 'protection-off',
    pattern: new RegExp(String.raw`${firstInSegment(String.raw`\bwget\b`, 1)}[^|;&\n]*--no-check-certificate\b`),
    finding: 'downloads without checking TLS certificates, so anyone on the path can alter what arrives',
    advice: TLS_ADVICE,
  },
  {
    // `pip install --trusted-host …`, `pip config set global.trusted-host …`, `trusted_host = …` written
    // to pip.conf (pip reads `_` as `-` in its configuration), `PIP_TRUSTED_HOST=…`: pip skips TLS checks for that host.
    id: 'pip-trusted-host',
    risk: 'protection-off',
    pattern: /(?:--|\.)trusted-host\b|^\s*trusted[-_]host\s*=|\bPIP_TRUSTED_HOST=/,
    finding: 'tells pip to skip TLS certificate checks for a host, so packages from it can be replaced in transit',
    advice: TLS_ADVICE,
  },
  {
    // `git config --global http.sslVerify false`, `GIT_SSL_NO_VERIFY=1`.
    id: 'git-ssl-verify-off',
    risk: 'protection-off',
    pattern: /\bhttp\.sslVerify(?:\s*=\s*|\s+)["']?false\b|\bGIT_SSL_NO_VERIFY=["']?(?:1|true)\b/i,
    finding: 'turns off TLS certificate checks for git, so cloned code can be replaced in transit',
    advice: TLS_ADVICE,
  },
  {
    // `conda config --set ssl_verify false`, `npm config set strict-ssl false`, `PYTHONHTTPSVERIFY=0`,
    // `NODE_TLS_REJECT_UNAUTHORIZED=0`, `aws … --no-verify-ssl`, `requests.get(…, verify=False)`.
    id: 'tls-verification-off',
    risk: 'protection-off',
    pattern:
      /\bssl_verify\s+(?:false|no)\b|\bstrict-ssl\s+false\b|\bPYTHONHTTPSVERIFY=["']?0\b|\bNODE_TLS_REJECT_UNAUTHORIZED=["']?0\b|\s--no-verify-ssl\b|\bverify\s*=\s*False\b/,
    finding: 'turns off TLS certificate checks, so anyone on the path can read or alter the traffic',
    advice: TLS_ADVICE,
  },
];

/** A `curl`/`wget` and, later in its command, an http(s) or ftp URL (group 2). */
const DOWNLOAD_COMMAND = new RegExp(String.raw`${firstInSegment(String.raw`\b(?:curl|wget)\b`, 1)}[^;&|\n]*?((?:https?|ftp):\/\/[^\s"'|;&)]+)`);

/**
 * A download to a file that a later line runs, with no checksum or signature check
 * in between: as risky as piping it to a shell. A file fetched from S3 (`aws s3 cp`)
 * is not a download here: the bucket is yours.
 */
export const DOWNLOAD_THEN_RUN = {
  finding: (file: string, downloadLine: number): string =>
    `runs ${file}, downloaded at line ${downloadLine} with no checksum or signature check in between, so whatever the server returned runs on the notebook with its execution role`,
  advice: FETCH_ADVICE,
  /** The first `curl`/`wget` of an http(s) or ftp URL in one command of `line`: where the tool is named, the tool and the URL. */
  download(line: string): { index: number; tool: 'curl' | 'wget'; url: string } | undefined {
    const match = DOWNLOAD_COMMAND.exec(line);
    if (!match) return undefined;
    const tool = /\b(curl|wget)\b/.exec(match[0])!;
    return { index: match.index + tool.index, tool: tool[1] as 'curl' | 'wget', url: match[2]! };
  },
  /** curl's output file: `-o FILE`, `-sLo FILE`, `--output FILE`; group 2 is the file. */
  curlOutput: /(?:^|\s)(?:--output(?:\s+|=)|-[A-Za-z]*o\s+)(["']?)([^\s"';&|]+)\1/,
  /** curl saving under the URL's own name: `-O`, `-fsSLO`, `--remote-name`. */
  curlRemoteName: /(?:^|\s)(?:--remote-name\b|-(?=[A-Za-z]*O)[A-Za-z]+(?=\s|$))/,
  /** wget's output file: `-O FILE`, `-qO FILE`, `--output-document=FILE` (`-` is standard output). Without it wget keeps the URL's name. */
  wgetOutput: /(?:^|\s)(?:--output-document(?:\s+|=)|-[A-Za-z]*O\s*)(["']?)([^\s"';&|]+)\1/,
  /** A checksum or signature check. */
  verification:
    /\b(?:sha(?:1|224|256|384|512)sum|md5sum|b2sum|shasum|gpg2?\s+(?:--\S+\s+){0,8}--verify|openssl\s+dgst|cosign\s+verify|minisign\s+-V|rpm\s+-K)\b/,
  /**
   * Runs `file` (a base name): through an interpreter (`bash install.sh`,
   * `python3 $PWD/autostop.py`, `source ./env.sh`) or as a command path at the
   * start of a command (`./install.sh`, `&& /tmp/install.sh`, `sudo ./x.sh`).
   */
  execution(file: string): RegExp {
    const name = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A path holds no parentheses, so a run of `(` (each a place a command may start) is not one long path per `(`.
    const path = String.raw`["']?(?:[^\s"';&|()]*/)?${name}(?![\w.-])`;
    // The interpreter is a word of its own: `echo x1.sh a.sh` does not run `sh a.sh`.
    const viaInterpreter = String.raw`(?<![\w.-])(?:${INTERPRETER}|source|exec)\s+${OPTIONS}${path}`;
    const asCommand = String.raw`(?:^|[;&|(]\s*|\bsudo\s+${OPTIONS})(?:\.\s+)?${path}`;
    return new RegExp(`${viaInterpreter}|${asCommand}`);
  },
};
