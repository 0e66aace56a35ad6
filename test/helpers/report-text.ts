/** A report as the CLI writes it: its streamed pieces joined, and parsed when it is JSON. */
export function reportText(pieces: Iterable<string>): string {
  return [...pieces].join('');
}

export function parsedReport<T>(pieces: Iterable<string>): T {
  return JSON.parse(reportText(pieces)) as T;
}
