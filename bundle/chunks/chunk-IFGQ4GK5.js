
// src/report/incomplete.ts
function incompleteBanner(result) {
  return result.incomplete && `INCOMPLETE: ${result.incomplete.summary}`;
}

export {
  incompleteBanner
};
