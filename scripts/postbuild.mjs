// Makes the built CLI executable (npm does this on install; a clone runs it directly),
// and copies the data files tsc does not emit.
import { chmodSync, copyFileSync } from 'node:fs';
chmodSync(new URL('../dist/src/cli/main.js', import.meta.url), 0o755);
copyFileSync(new URL('../src/iam/aws-managed-policies.json.br', import.meta.url), new URL('../dist/src/iam/aws-managed-policies.json.br', import.meta.url));
