/** The line every report of an incomplete audit carries, so that no format reads as a clean bill of health. */
import type { ScanResult } from '../core/finding.js';

export function incompleteBanner(result: ScanResult): string | undefined {
  return result.incomplete && `INCOMPLETE: ${result.incomplete.summary}`;
}
