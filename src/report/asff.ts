/**
 * AWS Security Finding Format (ASFF): a JSON array of findings, one per
 * sagelint finding, for `aws securityhub batch-import-findings` as a custom
 * integration (the account's own `product/<account>/default`). Live findings
 * carry their account, region and ARN; a scan's findings are filed under the
 * account and region the caller names, since a template belongs to none.
 */
import type { Finding, ScanResult } from '../core/finding.js';
import type { RuleMeta, Severity } from '../core/rule.js';
import { GLOBAL_REGION } from '../loaders/account/coverage.js';
import type { ResourceKind } from '../model/resource.js';
import { complianceIds } from './compliance.js';
import { incompleteBanner } from './incomplete.js';
import { findingDocsUri } from './tool.js';
import { inertJson } from './untrusted-text.js';


/** Where a finding without its own account and region (a scan's; a region for a global IAM resource's) is filed. */
export interface AsffOptions {
  account?: string;
  region?: string;
  /**
   * The repository a scan's findings belong to (`github.com/acme/ml-infra`):
   * part of their Id and resource Id, so two repositories with the same file
   * and resource do not overwrite each other's findings in one account.
   */
  scope?: string;
  /** The run's time, ISO 8601: every finding's CreatedAt and UpdatedAt. */
  timestamp: string;
}

/** ASFF resource types for the kinds that have one; every other resource is `Other`. */
const ASFF_RESOURCE_TYPES: Partial<Record<ResourceKind, string>> = {
  NotebookInstance: 'AwsSageMakerNotebookInstance',
  StateMachine: 'AwsStepFunctionStateMachine',
  SecurityGroup: 'AwsEc2SecurityGroup',
  Vpc: 'AwsEc2Vpc',
  Subnet: 'AwsEc2Subnet',
  RouteTable: 'AwsEc2RouteTable',
  RedshiftCluster: 'AwsRedshiftCluster',
  IamRole: 'AwsIamRole',
  IamUser: 'AwsIamUser',
  IamGroup: 'AwsIamGroup',
  IamPolicy: 'AwsIamPolicy',
};

const SEVERITY_LABELS: Record<Severity, string> = { critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW' };

/** Security Hub's limits on the fields sagelint fills. */
const MAX_TITLE = 256;
const MAX_DESCRIPTION = 1024;
const MAX_RECOMMENDATION = 512;
const MAX_RELATED_REQUIREMENTS = 32;
/** A value of `Details.Other` or `ProductFields`. */
const MAX_OTHER_DETAIL = 1024;

export const ASFF_FINDING_TYPE = 'Software and Configuration Checks/AWS Security Best Practices';

/** The partition a region is in. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** The region global resources (IAM) are recorded in, by partition, as AWS Config records them. */
const GLOBAL_RESOURCE_REGIONS: Record<string, string> = { aws: 'us-east-1', 'aws-cn': 'cn-north-1', 'aws-us-gov': 'us-gov-west-1' };

/**
 * Why the result cannot be written as ASFF with these options (a finding
 * with no account or region of its own and none given), else undefined.
 */
export function asffMissingTarget(result: ScanResult, options: Pick<AsffOptions, 'account' | 'region'>): string | undefined {
  if (!result.findings.some((f) => f.location.kind === 'source')) return undefined;
  const missing = [!options.account && '--asff-account', !options.region && '--asff-region (or AWS_REGION)'].filter(Boolean);
  return missing.length ? `--format asff: findings in files belong to no AWS account or region; give ${missing.join(' and ')}` : undefined;
}

/** The report's text: a JSON array, one finding a line, each rendered when it is written. */
export function* asffReportText(result: ScanResult, rules: readonly RuleMeta[], options: AsffOptions): Generator<string> {
  let first = true;
  yield '[';
  for (const finding of asffFindings(result, rules, options)) {
    yield `${first ? '\n' : ',\n'}${inertJson(JSON.stringify(finding))}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

/** The result's ASFF findings, one per finding, in its order, each made when it is asked for. */
export function* asffFindings(result: ScanResult, rules: readonly RuleMeta[], options: AsffOptions): Generator<Record<string, unknown>> {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  // ASFF has no place for the run itself: each finding of an incomplete audit says so.
  const banner = incompleteBanner(result);
  const withBanner = banner ? { ...options, incomplete: banner } : options;
  for (const finding of result.findings) yield asffFinding(finding, byId.get(finding.ruleId), withBanner);
}

/** One ASFF finding. */
export function asffFinding(finding: Finding, rule: RuleMeta | undefined, options: AsffOptions & { incomplete?: string }): Record<string, unknown> {
  const { location } = finding;
  const account = location.kind === 'live' ? location.account : options.account;
  const { partition, region } = location.kind === 'live' ? liveRegion(location.partition, location.region, options.region) : { partition: partitionOf(options.region ?? ''), region: options.region };
  if (!account || !region) throw new Error(`finding ${finding.fingerprint}: no AWS account or region for ASFF`);
  const accepted = finding.suppression !== undefined || finding.baselineState === 'unchanged';
  const requirements = complianceIds(rule).map((c) => `${c.source} ${c.id}`);
  return {
    SchemaVersion: '2018-10-08',
    // A live resource's ARN makes its fingerprint unique; a file's path is unique only within its repository.
    Id: location.kind === 'source' && options.scope ? `sagelint/${options.scope}/${finding.fingerprint}` : `sagelint/${finding.fingerprint}`,
    ProductArn: `arn:${partition}:securityhub:${region}:${account}:product/${account}/default`,
    ProductName: 'sagelint',
    CompanyName: 'sagelint',
    GeneratorId: `sagelint/${finding.ruleId}`,
    AwsAccountId: account,
    Types: [ASFF_FINDING_TYPE],
    CreatedAt: options.timestamp,
    UpdatedAt: options.timestamp,
    Severity: { Label: SEVERITY_LABELS[finding.severity], Original: finding.severity },
    Title: cut(`${finding.ruleId} ${rule?.docs.summary ?? finding.ruleName}`, MAX_TITLE),
    Description: cut(finding.message, MAX_DESCRIPTION),
    Remediation: {
      Recommendation: {
        Text: cut(finding.fix?.description ?? rule?.docs.remediation.console ?? `See ${finding.ruleId} (${finding.ruleName}) for how to fix it.`, MAX_RECOMMENDATION),
        ...optional('Url', findingDocsUri(finding.ruleId, rule)),
      },
    },
    ProductFields: {
      'sagelint/RuleId': finding.ruleId,
      'sagelint/RuleName': finding.ruleName,
      'sagelint/Fingerprint': finding.fingerprint,
      'sagelint/Certainty': finding.certainty,
      ...(location.kind === 'source' && options.scope ? { 'sagelint/Repository': cut(options.scope, MAX_OTHER_DETAIL) } : {}),
      ...(finding.suppression ? { 'sagelint/Suppression': cut(`${finding.suppression.source}: ${finding.suppression.justification}`, MAX_OTHER_DETAIL) } : {}),
      ...(finding.baselineState ? { 'sagelint/BaselineState': finding.baselineState } : {}),
      ...(options.incomplete ? { 'sagelint/Incomplete': cut(options.incomplete, MAX_OTHER_DETAIL) } : {}),
    },
    Resources: [asffResource(finding, partition, region, options.scope)],
    Compliance: { Status: 'FAILED', ...(requirements.length ? { RelatedRequirements: requirements.slice(0, MAX_RELATED_REQUIREMENTS) } : {}) },
    Workflow: { Status: accepted ? 'SUPPRESSED' : 'NEW' },
    RecordState: 'ACTIVE',
  };
}

/**
 * A live resource's region; a global one (IAM, whose ARNs name no region) is
 * filed under the given region when it is in the resource's partition, else
 * where its partition records global resources.
 */
function liveRegion(partition: string, region: string, given: string | undefined): { partition: string; region: string } {
  if (region && region !== GLOBAL_REGION) return { partition: partition || partitionOf(region), region };
  const home = partition || 'aws';
  return { partition: home, region: given && partitionOf(given) === home ? given : (GLOBAL_RESOURCE_REGIONS[home] ?? 'us-east-1') };
}

function asffResource(finding: Finding, partition: string, region: string, scope: string | undefined): Record<string, unknown> {
  const { location, resource } = finding;
  if (location.kind === 'live') {
    return { Type: ASFF_RESOURCE_TYPES[resource.kind] ?? 'Other', Id: location.arn, Partition: partition, Region: region };
  }
  const line = location.start.line;
  return {
    Type: 'Other',
    // The resource, not the finding's line: every finding of one resource names the same resource.
    Id: `${scope ? `${scope}/` : ''}${location.file}/${resource.id}`,
    Partition: partition,
    Region: region,
    Details: {
      Other: {
        file: cut(location.file, MAX_OTHER_DETAIL),
        line: String(line),
        column: String(location.start.column),
        resourceId: cut(resource.id, MAX_OTHER_DETAIL),
        resourceType: cut(resource.type, MAX_OTHER_DETAIL),
        source: resource.source,
      },
    },
  };
}

/** `text` in at most `max` UTF-16 units, never splitting a surrogate pair, with `…` when cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** `{ key: value }`, or nothing where there is no value (a plugin rule without a home page has no doc link). */
function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
