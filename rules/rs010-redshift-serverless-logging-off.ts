import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge, type ConcreteValue, type OmittedValue } from '../src/model/value.js';
import { SERVERLESS_LIVE_AUDIT_NOTE, SERVERLESS_NAMESPACE_CFN, SERVERLESS_SECURITY_HUB } from './support/redshift-serverless.js';

/** The logs Security Hub RedshiftServerless.6 requires: who connected (connection log) and changes to users (user log). */
const REQUIRED_LOGS = ['connectionlog', 'userlog'] as const;

/** The required logs a `LogExports` value lacks; none when it cannot be read (an item sagelint cannot see). */
function missingLogs(leaf: ConcreteValue | OmittedValue): string[] {
  if (leaf.t === 'omitted') return [...REQUIRED_LOGS];
  if (leaf.t !== 'list' || leaf.items.some((item) => item.t !== 'scalar')) return [];
  const exported = new Set(leaf.items.map((item) => (item.t === 'scalar' ? String(item.v).trim().toLowerCase() : '')));
  return REQUIRED_LOGS.filter((log) => !exported.has(log));
}

export default defineRule({
  id: 'RS010',
  name: 'redshift-serverless-logging-off',
  severity: 'low',
  appliesTo: ['RedshiftServerlessNamespace'],
  fixable: true,
  tags: ['security', 'logging', 'redshift'],
  presets: {
    recommended: true,
    reason: 'Without exported connection and user logs, access to the warehouse leaves no trace for an investigation.',
  },
  docs: {
    summary: 'Redshift Serverless namespace does not export its connection and user logs',
    description:
      "Reports a Redshift Serverless namespace whose `LogExports` is omitted (AWS then exports no log) or lacks `connectionlog` or `userlog`, the audit logs Security Hub RedshiftServerless.6 requires. `useractivitylog` is also accepted in the list, and the fix adds it, but it is not required: it records every query and needs the `enable_user_activity_logging` parameter besides. A list chosen at deploy time that can lack a log is reported as a possible violation; a list sagelint cannot see is not reported.",
    risk: 'Without the connection and user logs, nobody can tell afterwards who connected to the data warehouse, from where, or who created, changed or dropped database users: an intrusion or privilege change leaves no trail in CloudWatch Logs.',
    guidance: [
      { title: 'Audit logging for Amazon Redshift Serverless', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-audit-logging.html' },
      { title: 'CreateNamespace (logExports)', url: 'https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateNamespace.html' },
      SERVERLESS_NAMESPACE_CFN,
      SERVERLESS_SECURITY_HUB,
    ],
    remediation: {
      cloudformation: 'LogExports: [connectionlog, userlog, useractivitylog]',
      terraform: 'log_exports = ["connectionlog", "userlog", "useractivitylog"]',
      cli: 'aws redshift-serverless update-namespace --namespace-name <namespace-name> --log-exports connectionlog userlog useractivitylog',
      console: 'Amazon Redshift console → Serverless dashboard → Namespace configuration → select the namespace → Security and encryption → Edit audit logging → turn on the connection log, user log and user activity log → Save changes.',
    },
    alsoKnownAs: {
      'Security Hub': ['RedshiftServerless.6'],
      'AWS Config': ['redshift-serverless-publish-logs-to-cloudwatch'],
      Steampipe: ['redshiftserverless_namespace_export_connection_and_user_log_to_cloudwatch'],
    },
    notes: [SERVERLESS_LIVE_AUDIT_NOTE, 'Low, as RS005 is for provisioned clusters: logging records what happened, it does not prevent it.'],
  },
  check(namespace, { report }) {
    const logExports = prop(namespace, 'LogExports');
    const verdict = judge(logExports, (leaf) => missingLogs(leaf).length > 0);
    if (!verdict) return;
    const missing = [...new Set(verdict.bad.flatMap((leaf) => missingLogs(leaf.value)))];
    const current = logExports.t === 'list' ? logExports.items.map((item) => (item.t === 'scalar' ? item.v : null)) : [];
    const knownList = logExports.t === 'omitted' || (logExports.t === 'list' && current.every((v) => typeof v === 'string'));
    report({
      at: logExports,
      certainty: verdict.certainty,
      message: message`${propertyName('LogExports')} ${verdict.because}: the namespace does not export its ${missing.join(' and ')} to CloudWatch Logs, so connections and changes to database users leave no audit trail. Add ${missing.join(' and ')} to ${propertyName('LogExports')}.`,
      ...(knownList
        ? { fix: { description: 'Export the connection, user and user activity logs', edits: [{ target: logExports, value: [...new Set([...current, ...REQUIRED_LOGS, 'useractivitylog'])] }] } }
        : {}),
    });
  },
});
