/** The variants of an endpoint configuration, and what they run on. */
import { prop, type Resource } from '../../src/model/resource.js';
import { get, judge, leaves, stringOf, type Judgement, type Value } from '../../src/model/value.js';
import { itemsOf } from './value-predicates.js';

/** `ProductionVariants`, item by item (through parameters and `Fn::If`). */
export function productionVariants(config: Resource): Value[] {
  return itemsOf(prop(config, 'ProductionVariants'));
}

/** `ShadowProductionVariants`: copies of production traffic for testing, on their own instances. */
export function shadowVariants(config: Resource): Value[] {
  return itemsOf(prop(config, 'ShadowProductionVariants'));
}

/** Serverless variants run on capacity SageMaker manages: no instance type, count or ML storage volume. */
export function isServerless(variant: Value): boolean {
  const config = leaves(get(variant, 'ServerlessConfig'));
  return config.length > 0 && config.every((l) => l.value.t === 'map');
}

/** How messages name a variant: its `VariantName` (when every choice agrees on it), else its position. */
export function variantLabel(variant: Value, index: number): string {
  const names = new Set(leaves(get(variant, 'VariantName')).map((l) => stringOf(l.value)));
  const [name] = names;
  return names.size === 1 && name ? `'${name}'` : `#${index + 1}`;
}

/**
 * Whether the configuration hosts inference components: a production variant
 * that names no model (instance-based: serverless variants cannot). Such an
 * endpoint's containers take their network settings from the configuration's
 * own `VpcConfig` and `EnableNetworkIsolation`, not from a model.
 */
export function inferenceComponentVariants(config: Resource): Judgement | undefined {
  const verdicts = productionVariants(config)
    .filter((variant) => !isServerless(variant))
    .map((variant) => judge(get(variant, 'ModelName'), (leaf) => leaf.t === 'omitted'))
    .filter((verdict) => verdict !== undefined);
  if (verdicts.length === 0) return undefined;
  return { certainty: verdicts.some((v) => v.certainty === 'definite') ? 'definite' : 'possible', bad: verdicts.flatMap((v) => v.bad), because: verdicts[0]!.because };
}
