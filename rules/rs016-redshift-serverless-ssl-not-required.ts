import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { get, judge, stringOf } from '../src/model/value.js';
import { SERVERLESS_LIVE_AUDIT_NOTE, SERVERLESS_SECURITY_HUB, SERVERLESS_WORKGROUP_CFN } from './support/redshift-serverless.js';
import { isFalse } from './support/value-predicates.js';

const REQUIRE_SSL = 'require_ssl';

export default defineRule({
  id: 'RS016',
  name: 'redshift-serverless-ssl-not-required',
  severity: 'medium',
  appliesTo: ['RedshiftServerlessWorkgroup'],
  fixable: true,
  tags: ['security', 'encryption', 'redshift'],
  presets: {
    recommended: true,
    reason: 'A workgroup that accepts connections without TLS lets credentials and query results cross the network in clear text.',
  },
  docs: {
    summary: 'Redshift Serverless workgroup does not require SSL connections',
    description:
      "Reports a Redshift Serverless workgroup whose `ConfigParameters` set `require_ssl` to `false` (the parameter key matched case-insensitively, the value a boolean or the string 'false'), as RS004 does for a provisioned cluster's parameter group. A value chosen at deploy time is reported one severity lower as a possible violation. A workgroup that does not set `require_ssl` is not reported: Security Hub RedshiftServerless.2 and its AWS Config rule fail only a workgroup whose `require_ssl` is false, and Redshift Serverless gives no parameter group whose default the template could name.",
    risk: 'Without require_ssl, the workgroup accepts unencrypted client connections: database credentials, queries and result sets can be read or altered on the network path between client and workgroup, and a client that silently falls back to plain text goes unnoticed.',
    guidance: [
      { title: 'Configuring security options for connections (Amazon Redshift)', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html' },
      { title: 'CreateWorkgroup (configParameters)', url: 'https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateWorkgroup.html' },
      SERVERLESS_WORKGROUP_CFN,
      SERVERLESS_SECURITY_HUB,
    ],
    remediation: {
      cloudformation: 'ConfigParameters:\n  - ParameterKey: require_ssl\n    ParameterValue: "true"',
      terraform: 'config_parameter {\n  parameter_key   = "require_ssl"\n  parameter_value = "true"\n}',
      cli: 'aws redshift-serverless update-workgroup --workgroup-name <workgroup> --config-parameters parameterKey=require_ssl,parameterValue=true',
      console: 'Amazon Redshift Serverless console → Workgroup configuration → select the workgroup → Data access → Edit → turn on "Require SSL" (or set require_ssl to true under the workgroup\'s parameters) → Save changes.',
    },
    alsoKnownAs: {
      'Security Hub': ['RedshiftServerless.2'],
      'AWS Config': ['redshift-serverless-workgroup-encrypted-in-transit'],
      Steampipe: ['redshiftserverless_workgroup_encryption_in_transit_enabled'],
    },
    notes: [SERVERLESS_LIVE_AUDIT_NOTE, 'Clients must connect with SSL (for example sslmode=verify-full) once require_ssl is true, so check them before the change.'],
  },
  check(workgroup, { report }) {
    const parameters = prop(workgroup, 'ConfigParameters');
    if (parameters.t !== 'list') return;
    for (const parameter of parameters.items) {
      if (stringOf(get(parameter, 'ParameterKey'))?.trim().toLowerCase() !== REQUIRE_SSL) continue;
      const value = get(parameter, 'ParameterValue');
      const verdict = judge(value, isFalse);
      if (!verdict) continue;
      report({
        at: value,
        certainty: verdict.certainty,
        message: message`require_ssl ${verdict.because} in the workgroup's ${propertyName('ConfigParameters')}: clients can connect without TLS, exposing credentials and query results on the network. Set require_ssl to true.`,
        fix: { description: 'Set require_ssl to true', edits: [{ target: value, value: 'true' }] },
      });
    }
  },
});
