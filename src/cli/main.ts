#!/usr/bin/env node
/**
 * sagelint's command line. Only yargs loads up front: each command imports what
 * it needs when it runs, so `--version`, `--help` and `rules` stay fast.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { toolVersion } from '../report/tool.js';
import { escapeUntrusted, escapeUntrustedLines } from '../report/untrusted-text.js';
import { EXIT } from './exit-codes.js';
import { withoutHelpCache } from './help-cache.js';
import { auditCommand } from './audit-command.js';
import { fixCommand } from './fix-command.js';
import { lspCommand } from './lsp-command.js';
import { mergeCommand } from './merge-command.js';
import { explainCommand, rulesCommand } from './rules-command.js';
import { baselineCommand, scanCommand } from './scan-command.js';

// The pinned AWS SDK runs on every Node.js that package.json's engines allow; its
// notice that later SDK releases will drop Node.js 20 is not for sagelint's users
// to act on. The variable is the SDK's documented switch, and a user's own value wins.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

try {
  const cli = yargs(hideBin(process.argv))
    .scriptName('sagelint')
    .usage('$0 <command> [options]\n\nSecurity linter and auditor for Amazon SageMaker deployments.')
    .command(scanCommand)
    .command(auditCommand)
    .command(fixCommand)
    .command(mergeCommand)
    .command(baselineCommand)
    .command(rulesCommand)
    .command(explainCommand)
    .command(lspCommand)
    .demandCommand(1, 'Name a command: scan, audit, fix, baseline, merge, rules, explain or lsp.')
    .strict()
    .version(toolVersion())
    .alias('h', 'help')
    .alias('v', 'version')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .epilogue(
      'Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, config, input or output error.\nDocs: https://github.com/sagelint/sagelint',
    )
    .fail((message, error) => {
      // yargs's own errors (YError: an option's check, such as --jobs 0, refused its value) are usage errors,
      // and so is the message a .check() returns, which yargs passes as the error too.
      if (error && error.name !== 'YError' && (error as unknown) !== message) throw error;
      process.stderr.write(`sagelint: ${escapeUntrusted(message)}\nRun 'sagelint --help' for usage.\n`);
      process.exit(EXIT.error);
    });
  await withoutHelpCache(cli).parseAsync();
} catch (error) {
  // Expected failures are reported by the commands; anything else is a bug, shown without a stack trace.
  const { message, stack } = (error ?? {}) as Partial<Error>;
  // SAGELINT_DEBUG's stack trace keeps its lines, each made inert like the message (it may quote an input).
  const detail = process.env.SAGELINT_DEBUG && stack ? escapeUntrustedLines(stack) : escapeUntrusted(message ?? '');
  process.stderr.write(`sagelint: internal error: ${detail}\nPlease report it with the input that caused it (set SAGELINT_DEBUG=1 for details).\n`);
  process.exitCode = EXIT.error;
}
