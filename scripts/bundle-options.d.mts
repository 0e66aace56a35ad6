/** Types of the bundle's build options, for the tests that build it in memory. */
import type { BuildOptions, Metafile } from 'esbuild';

export const ROOT: string;
export const OUTDIR: string;
export const INLINED: ReadonlySet<string>;
export const YARGS_LOCALES_DIR: string;
export const REQUIRE_BANNER: string;

/** The output's text without REQUIRE_BANNER when nothing in it uses `require`. */
export function withoutUnusedRequire(text: string): string;

export function bundleOptions(): BuildOptions & { metafile: true; write: false };

export interface InlinedPackage {
  name: string;
  version: string;
  /** Relative to the repository, e.g. `node_modules/cliui/node_modules/string-width`. */
  dir: string;
}

export function inlinedPackages(metafile: Metafile): InlinedPackage[];

/** One line per package NOTICE does not name, or whose licence it does not quote; empty when complete. */
export function noticeGaps(packages: readonly InlinedPackage[], notice: string): string[];
