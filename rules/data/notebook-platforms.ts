/**
 * SageMaker notebook instance platforms (`PlatformIdentifier`) and whether AWS
 * still supports them. SM008 reads this list; update it when AWS announces a
 * new platform or an end of support.
 *
 * Sources (reviewed 2026-11-26):
 * - Amazon Linux 2 notebook instances, "AL2 Maintenance Phase Plan" and
 *   "AL1 Maintenance Phase Plan":
 *   https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-al2.html
 * - JupyterLab versioning, "JupyterLab version maintenance":
 *   https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-jl.html
 * - Security Hub control SageMaker.8 (its only supported platform is
 *   notebook-al2023-v1): https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-8
 *
 * What those pages say, in short: AL1 (notebook-al1-v1) reached end of life on
 * 2024-03-31; JupyterLab 1 and 3 (notebook-al2-v1, notebook-al2-v2) stopped
 * being supported on 2025-06-30; Amazon Linux 2 (and with it notebook-al2-v3)
 * reached end of support on 2026-06-30, and from 2026-07-01 AL2 notebook
 * instances can no longer be created or restarted. Since 2026-05-15 new
 * notebook instances default to notebook-al2023-v1.
 */

export interface NotebookPlatform {
  id: string;
  /** Operating system and JupyterLab version, for messages. */
  description: string;
  /** ISO date from which AWS no longer supports the platform; absent while it is supported. */
  supportEnded?: string;
}

/** When the list was last checked against the sources above. */
export const NOTEBOOK_PLATFORMS_REVIEWED = '2026-11-26';

/** What AWS picks when `PlatformIdentifier` is omitted (since 2026-05-15), and what SM008 recommends. */
export const CURRENT_NOTEBOOK_PLATFORM = 'notebook-al2023-v1';

export const NOTEBOOK_PLATFORMS: readonly NotebookPlatform[] = [
  // End of life 2024-03-31: no security updates, stopped instances cannot restart.
  { id: 'notebook-al1-v1', description: 'Amazon Linux 1', supportEnded: '2024-03-31' },
  // JupyterLab 1 and 3 unsupported since 2025-06-30: no creation, no restart of stopped instances.
  { id: 'notebook-al2-v1', description: 'Amazon Linux 2 with JupyterLab 1', supportEnded: '2025-06-30' },
  { id: 'notebook-al2-v2', description: 'Amazon Linux 2 with JupyterLab 3', supportEnded: '2025-06-30' },
  // Amazon Linux 2 end of support 2026-06-30; creation and restart blocked from 2026-07-01.
  { id: 'notebook-al2-v3', description: 'Amazon Linux 2 with JupyterLab 4', supportEnded: '2026-06-30' },
  { id: 'notebook-al2023-v1', description: 'Amazon Linux 2023 with JupyterLab 4' },
];

/** The platform with this identifier, if the list knows it. */
export function notebookPlatform(id: string): NotebookPlatform | undefined {
  return NOTEBOOK_PLATFORMS.find((p) => p.id === id);
}
