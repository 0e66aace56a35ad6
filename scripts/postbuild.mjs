// Makes the built CLI executable (npm does this on install; a clone runs it directly),
// and copies the data files tsc does not emit: the managed-policy snapshot, and the
// script and style the HTML report inlines.
import { chmodSync, copyFileSync } from 'node:fs';
chmodSync(new URL('../dist/src/cli/main.js', import.meta.url), 0o755);
for (const asset of ['iam/aws-managed-policies.json.br', 'report/html-client.js', 'report/html-report.css']) {
  copyFileSync(new URL(`../src/${asset}`, import.meta.url), new URL(`../dist/src/${asset}`, import.meta.url));
}
