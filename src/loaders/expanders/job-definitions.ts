/**
 * CloudFormation resources that declare one job each: processing jobs, the
 * four monitoring job definitions, and monitoring schedules with an inline job
 * definition. Each becomes a `Job` in canonical shape.
 */
import type { Expander, ExpanderInput } from './expanders.js';
import { canonicalJob, MONITORING_DEFINITIONS, MONITORING_TYPES, monitoringScheduleJob, PROCESSING_LAYOUT, type JobLayout, type JobType } from '../../model/job-shapes.js';

function jobExpander(jobType: JobType, layout: JobLayout): Expander {
  return ({ base, props, loc }: ExpanderInput) => ({
    resources: [{ ...base, kind: 'Job', props: canonicalJob(props, jobType, layout, loc) }],
    notes: [],
  });
}

/** A schedule that names a job definition (`MonitoringJobDefinitionName`) declares no job of its own. */
const monitoringSchedule: Expander = ({ base, props, loc }) => {
  const job = monitoringScheduleJob(props, loc);
  return { resources: job ? [{ ...base, kind: 'Job', props: job }] : [], notes: [] };
};

export const JOB_DEFINITION_EXPANDERS: Readonly<Record<string, Expander>> = {
  'AWS::SageMaker::ProcessingJob': jobExpander('processing', PROCESSING_LAYOUT),
  ...Object.fromEntries(
    MONITORING_TYPES.map((type) => [`AWS::SageMaker::${type}JobDefinition`, jobExpander(MONITORING_DEFINITIONS[type].jobType, MONITORING_DEFINITIONS[type].layout)]),
  ),
  'AWS::SageMaker::MonitoringSchedule': monitoringSchedule,
};
