/** The instance groups of a SageMaker HyperPod cluster, and how messages name them. */
import { prop, type Resource } from '../../src/model/resource.js';
import { get, leaves, stringOf, type Value } from '../../src/model/value.js';
import { itemsOf } from './value-predicates.js';

export interface InstanceGroup {
  group: Value;
  /** `instance group 'workers'`, or by position when the name is not known. */
  label: string;
}

export function instanceGroups(cluster: Resource): InstanceGroup[] {
  return itemsOf(prop(cluster, 'InstanceGroups')).map((group, i) => {
    const names = new Set(leaves(get(group, 'InstanceGroupName')).map((l) => stringOf(l.value)));
    const [name] = names;
    return { group, label: names.size === 1 && name ? `instance group '${name}'` : `instance group #${i + 1}` };
  });
}
