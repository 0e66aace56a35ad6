/**
 * Values AWS applies when a property is omitted, by resource kind and canonical
 * property path. Rules read them through `prop`, so a message can say "omitted,
 * defaults to …". Sources: the CloudFormation resource reference and the API
 * reference of each service.
 */
import type { Scalar } from './value.js';
import type { ResourceKind } from './resource.js';
export declare const AWS_DEFAULTS: Partial<Record<ResourceKind, Record<string, Scalar>>>;
