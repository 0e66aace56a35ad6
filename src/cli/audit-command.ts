/** `sagelint audit`: read-only audit of live AWS accounts with the same rules and reports as `scan`. */
import type { CommandModule } from 'yargs';
import type { PresetName } from '../engine/presets.js';
import type { ComplianceFramework } from '../report/compliance.js';
import { COMPACT_OPTION, COMPLIANCE_OPTION, listArgument, PRESET_OPTION, QUIET_OPTION, reportOptions, SUMMARY_OPTION, type ReportArgs } from './scan-command.js';

const FAIL_ON = ['critical', 'high', 'medium', 'low', 'none'] as const;

export interface AuditArgs extends ReportArgs {
  profile?: string;
  regions?: string[];
  accounts?: string[];
  org: boolean;
  'role-name'?: string;
  'external-id'?: string;
  shard?: string;
  'jobs-since'?: string;
  'all-jobs': boolean;
  'save-snapshot'?: string;
  'source-root'?: string;
  summary?: string;
  'fail-on'?: (typeof FAIL_ON)[number];
  'fail-on-gaps': boolean;
  'allow-gaps': boolean;
  'endpoint-url'?: string;
  'security-hub': boolean;
  preset?: PresetName;
  rules?: string[];
  'skip-rules'?: string[];
  compliance?: ComplianceFramework;
  config?: string;
  category?: string;
  color: boolean;
  quiet: boolean;
  compact: boolean;
}

export const auditCommand: CommandModule<object, AuditArgs> = {
  command: 'audit',
  describe: 'Audit live AWS accounts (read-only API calls; --security-hub also imports the findings) with the same rules',
  builder: (y) =>
    reportOptions(y, 'from the --output extension, else text')
      .option('profile', { type: 'string', describe: 'AWS profile (default: the SDK default credential chain)' })
      .option('regions', { type: 'string', array: true, coerce: listArgument, describe: "Regions to audit (space- or comma-separated), or 'all' (default: every region enabled for the account)" })
      .option('accounts', { type: 'string', array: true, coerce: listArgument, describe: 'Member account IDs to audit through --role-name (space- or comma-separated)' })
      .option('org', { type: 'boolean', default: false, describe: 'Audit every active account of the organization through --role-name' })
      .option('role-name', { type: 'string', describe: 'Read-only role assumed in each member account' })
      .option('external-id', { type: 'string', describe: 'External ID for AssumeRole' })
      .option('shard', { type: 'string', describe: "This run's part of the accounts, i/n (for CI matrices)" })
      .option('jobs-since', { type: 'string', describe: 'Audit jobs created since this date (YYYY-MM-DD) or this many days (default 30), plus running ones' })
      .option('all-jobs', { type: 'boolean', default: false, describe: 'Audit every job, whatever its age' })
      .option('save-snapshot', { type: 'string', describe: 'Write the collected state here; `sagelint scan FILE` re-runs the rules offline' })
      .option('source-root', {
        type: 'string',
        describe: 'Report findings on resources CloudFormation created at their logical ID in the stack templates under this folder (see docs/audit.md)',
      })
      .option('summary', SUMMARY_OPTION)
      .option('fail-on', { choices: FAIL_ON, describe: 'Lowest severity that fails the run (default: low)' })
      .option('allow-gaps', {
        type: 'boolean',
        default: false,
        describe: 'Accept an incomplete audit: no exit 2 when an account, region or service could not be read (the reports still say INCOMPLETE)',
      })
      .option('fail-on-gaps', { type: 'boolean', default: false, describe: 'Exit 2 on any coverage gap, even one resource or an operation the endpoint lacks' })
      .option('endpoint-url', { type: 'string', describe: "One endpoint for every AWS service (a local AWS API); default: AWS, AWS_ENDPOINT_URL or the profile's endpoint_url" })
      .option('security-hub', {
        type: 'boolean',
        default: false,
        describe: "Send the findings (as ASFF) to each account's Security Hub in their region with BatchImportFindings, the one write sagelint makes; exit 2 unless every finding is imported",
      })
      .option('preset', PRESET_OPTION)
      .option('rules', { type: 'string', array: true, describe: 'Run only these rules' })
      .option('skip-rules', { type: 'string', array: true, describe: 'Do not run these rules' })
      .option('compliance', COMPLIANCE_OPTION)
      .option('config', { alias: 'c', type: 'string', describe: 'Config file (default: .sagelint.yml found upward from here)' })
      .option('category', { type: 'string', describe: 'SARIF automationDetails.id' })
      .option('color', { type: 'boolean', default: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, describe: 'Color text output' })
      .option('quiet', QUIET_OPTION)
      .option('compact', COMPACT_OPTION) as never,
  handler: async (args) => {
    const { runAudit } = await import('./run-audit.js');
    process.exitCode = await runAudit(args);
  },
};
