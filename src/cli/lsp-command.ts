/** `sagelint lsp`: the language server, for editors (docs/editors.md). */
import type { Argv, CommandModule } from 'yargs';
import type { ArgsOf } from './options.js';

const lspOptions = (y: Argv) =>
  y
    // Editors' generic LSP clients often pass --stdio; it is the only transport, so it is accepted and changes nothing.
    .option('stdio', { type: 'boolean', default: true, describe: 'Speak LSP over stdin and stdout (the only transport)' })
    .option('max-file-size', { type: 'number', default: 5, describe: 'Refuse files larger than this many MB, as scan does' });
export type LspArgs = ArgsOf<typeof lspOptions>;

export const lspCommand: CommandModule<object, LspArgs> = {
  command: 'lsp',
  describe: 'Run the language server (LSP over stdin/stdout): diagnostics and quick fixes as you edit',
  builder: lspOptions,
  handler: async (args) => {
    const { startLanguageServer } = await import('../lsp/server.js');
    startLanguageServer({ maxFileSizeMb: args['max-file-size'] });
  },
};
