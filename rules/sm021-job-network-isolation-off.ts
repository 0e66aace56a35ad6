import { literal, message } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { jobKind, dottedPropertyPath } from './job-common.js';
import { isBoolean } from './support/value-predicates.js';

export default defineRule({
  id: 'SM021',
  name: 'job-network-isolation-off',
  severity: 'medium',
  appliesTo: ['Job'],
  fixable: true,
  tags: ['security', 'network', 'sagemaker', 'training', 'processing', 'monitoring'],
  presets: {
    recommended: true,
    reason: 'Without network isolation, a job\'s container (often third-party code) can send data anywhere.',
  },
  docs: {
    summary: 'SageMaker job containers can make outbound network calls',
    description:
      "Reports a job whose network isolation is `false`, or omitted: AWS then defaults it to `false`. Read as `EnableNetworkIsolation` for training jobs and tuning training definitions, and `NetworkConfig.EnableNetworkIsolation` for processing jobs, monitoring job definitions and the inline job definition of a monitoring schedule, wherever the job is declared (CloudFormation resources, SageMaker pipeline steps, Step Functions tasks, live jobs; see SM020). String booleans (`\"false\"`) count. A value chosen at deploy time (a parameter, an `Fn::If`, a pipeline parameter with a default) is a possible violation, one severity lower; a value set at run time without a default is not judged.",
    risk: "Without network isolation the job's containers can open connections to the internet and AWS services and receive the execution role's credentials. Code in a training script, a dependency or a processing container (a poisoned package, a malicious pickle) can then send training data, model weights or the credentials elsewhere, or fetch more code.",
    guidance: [
      {
        title: 'Run training and inference containers in internet-free mode',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html',
      },
      {
        title: 'NetworkConfig (processing and monitoring jobs)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_NetworkConfig.html',
      },
      {
        title: 'Security Hub controls for SageMaker (SageMaker.11, .12, .14)',
        url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html',
      },
    ],
    remediation: {
      cloudformation: '# Training and tuning:\nEnableNetworkIsolation: true\n# Processing jobs and monitoring job definitions:\nNetworkConfig:\n  EnableNetworkIsolation: true',
      terraform: 'network_config {\n  enable_network_isolation = true\n}',
      cli: 'aws sagemaker create-training-job ... --enable-network-isolation\naws sagemaker create-processing-job ... --network-config \'{"EnableNetworkIsolation":true}\'',
      console: 'SageMaker console → the job or job definition → Clone or create a new one: under "Network", select "Enable network isolation".',
      recreate:
        'Network isolation is fixed when a job or job definition is created: CloudFormation replaces processing jobs and monitoring job definitions (a monitoring schedule is updated in place), and Step Functions and pipeline definitions apply it to their next executions.',
    },
    alsoKnownAs: {
      'Security Hub': ['SageMaker.11', 'SageMaker.12', 'SageMaker.14', 'SageMaker.20', 'SageMaker.25'],
      'AWS Config': [
        'sagemaker-data-quality-job-isolation',
        'sagemaker-model-bias-job-isolation',
        'sagemaker-model-explainability-job-network-isolation',
        'sagemaker-model-quality-job-definition-isolation',
        'sagemaker-monitoring-schedule-isolation',
      ],
      Prowler: ['sagemaker_training_jobs_network_isolation_enabled'],
      Steampipe: ['sagemaker_training_job_network_isolation_enabled'],
    },
    controlScopes: {
      'SageMaker.11': ['AWS::SageMaker::DataQualityJobDefinition'],
      'SageMaker.12': ['AWS::SageMaker::ModelBiasJobDefinition'],
      'SageMaker.14': ['AWS::SageMaker::MonitoringSchedule'],
    },
    notes: [
      'Isolated containers get no network and no AWS credentials: SageMaker still copies the input and output data, but a script that downloads packages or calls AWS services at run time stops working. Bake dependencies into the image, or keep isolation off and run the job in a VPC without an internet route (SM020).',
      'Security Hub checks monitoring job definitions only; sagelint applies the same guidance to every job.',
    ],
  },
  check(job, { report }) {
    const isolation = prop(job, 'EnableNetworkIsolation');
    const verdict = judge(isolation, (v) => isBoolean(v, false));
    if (!verdict) return;
    const name = dottedPropertyPath(isolation);
    report({
      at: isolation,
      certainty: verdict.certainty,
      message: message`${name} ${verdict.because}: the ${jobKind(job)}'s containers can call out to the internet and AWS services with the execution role's credentials. Set it to ${literal(true)}.`,
      fix: { description: message`Set ${name} to ${literal(true)}`, edits: [{ target: isolation, value: true }] },
    });
  },
});
