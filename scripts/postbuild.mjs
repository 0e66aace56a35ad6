// Makes the built CLI executable (npm does this on install; a clone runs it directly).
import { chmodSync, copyFileSync } from 'node:fs';
chmodSync(new URL('../dist/src/cli/main.js', import.meta.url), 0o755);
// The HTML report inlines its script and style, which tsc does not copy.
for (const asset of ['html-client.js', 'html-report.css']) copyFileSync(new URL(`../src/report/${asset}`, import.meta.url), new URL(`../dist/src/report/${asset}`, import.meta.url));
