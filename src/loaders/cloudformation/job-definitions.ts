/**
 * CloudFormation resources that declare one job each: processing jobs, the
 * four monitoring job definitions, and monitoring schedules with an inline job
 * definition. Each becomes a `Job` in canonical shape.
 */
import { get, stringOf } from '../../model/value.js';
import type { Expander, ExpanderInput } from './expanders.js';
import { canonicalJob, monitoringDefinitionLayout, MONITORING_SCHEDULE_LAYOUT, PROCESSING_LAYOUT, type JobLayout, type JobType } from './job-shapes.js';

function jobExpander(jobType: JobType, layout: JobLayout): Expander {
  return ({ base, props, loc }: ExpanderInput) => ({
    resources: [{ ...base, kind: 'Job', props: canonicalJob(props, jobType, layout, loc) }],
    notes: [],
  });
}

/** `MonitoringScheduleConfig.MonitoringType` → job type; an inline definition without one is a data quality job. */
const MONITORING_TYPES: Readonly<Record<string, JobType>> = {
  DataQuality: 'data-quality',
  ModelQuality: 'model-quality',
  ModelBias: 'model-bias',
  ModelExplainability: 'model-explainability',
};

/** A schedule that names a job definition (`MonitoringJobDefinitionName`) declares no job of its own. */
const monitoringSchedule: Expander = ({ base, props, loc }) => {
  const inline = get(props, 'MonitoringScheduleConfig', 'MonitoringJobDefinition');
  if (inline.t === 'omitted') return { resources: [], notes: [] };
  const monitoringType = stringOf(get(props, 'MonitoringScheduleConfig', 'MonitoringType'));
  const jobType = MONITORING_TYPES[monitoringType ?? 'DataQuality'] ?? 'data-quality';
  return { resources: [{ ...base, kind: 'Job', props: canonicalJob(props, jobType, MONITORING_SCHEDULE_LAYOUT, loc) }], notes: [] };
};

export const JOB_DEFINITION_EXPANDERS: Readonly<Record<string, Expander>> = {
  'AWS::SageMaker::ProcessingJob': jobExpander('processing', PROCESSING_LAYOUT),
  'AWS::SageMaker::DataQualityJobDefinition': jobExpander('data-quality', monitoringDefinitionLayout('DataQualityJobOutputConfig')),
  'AWS::SageMaker::ModelQualityJobDefinition': jobExpander('model-quality', monitoringDefinitionLayout('ModelQualityJobOutputConfig')),
  'AWS::SageMaker::ModelBiasJobDefinition': jobExpander('model-bias', monitoringDefinitionLayout('ModelBiasJobOutputConfig')),
  'AWS::SageMaker::ModelExplainabilityJobDefinition': jobExpander('model-explainability', monitoringDefinitionLayout('ModelExplainabilityJobOutputConfig')),
  'AWS::SageMaker::MonitoringSchedule': monitoringSchedule,
};
