import { createRequire as __sagelintCreateRequire } from 'node:module';
const require = __sagelintCreateRequire(import.meta.url);

// src/report/incomplete.ts
function incompleteBanner(result) {
  return result.incomplete && `INCOMPLETE: ${result.incomplete.summary}`;
}

export {
  incompleteBanner
};
