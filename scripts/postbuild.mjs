// Makes the built CLI executable (npm does this on install; a clone runs it directly).
import { chmodSync } from 'node:fs';
chmodSync(new URL('../dist/src/cli/main.js', import.meta.url), 0o755);
