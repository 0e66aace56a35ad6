/** `sagelint lsp`: the language server, for editors (docs/editors.md). */
import type { CommandModule } from 'yargs';

export const lspCommand: CommandModule<object, { stdio: boolean }> = {
  command: 'lsp',
  describe: 'Run the language server (LSP over stdin/stdout): diagnostics and quick fixes as you edit',
  // Editors' generic LSP clients often pass --stdio; it is the only transport, so it is accepted and changes nothing.
  builder: (y) => y.option('stdio', { type: 'boolean', default: true, describe: 'Speak LSP over stdin and stdout (the only transport)' }) as never,
  handler: async () => {
    const { startLanguageServer } = await import('../lsp/server.js');
    startLanguageServer();
  },
};
