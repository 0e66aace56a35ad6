/** Types of the benchmark corpus generator, for the tests that reuse it. */
export interface CorpusSize {
  files: number;
  bytes: number;
  resources?: number;
}

/** Writes `files` seeded CloudFormation templates (YAML and JSON) under `dir`. */
export function writeCloudFormationCorpus(dir: string, files: number, seed: number): CorpusSize;

/** Writes `modules` seeded Terraform root modules under `dir`. */
export function writeTerraformCorpus(dir: string, modules: number, seed: number): CorpusSize;

/** Writes one template of at least `count` resources to `file`. */
export function writeLargeTemplate(file: string, count: number, seed: number): CorpusSize;
