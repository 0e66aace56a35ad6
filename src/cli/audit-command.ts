/** `sagelint audit`: read-only audit of live AWS accounts with the same rules and reports as `scan`. */
import type { Argv, CommandModule } from 'yargs';
import { listArgument, reportOptions, ruleOptions, type ArgsOf } from './options.js';

/** What is audited and how it is reached. */
const accountOptions = (y: Argv) =>
  y
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
    });

const auditOptions = (y: Argv) =>
  reportOptions(ruleOptions(accountOptions(y), { configFrom: '--source-root, else from the working directory' }));
export type AuditArgs = ArgsOf<typeof auditOptions>;

export const auditCommand: CommandModule<object, AuditArgs> = {
  command: 'audit',
  describe: 'Audit live AWS accounts (read-only API calls; --security-hub also imports the findings) with the same rules',
  builder: auditOptions,
  handler: async (args) => {
    const { runAudit } = await import('./run-audit.js');
    process.exitCode = await runAudit(args);
  },
};
