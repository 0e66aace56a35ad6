/**
 * The SDK's endpoint rules, replaced for a test: each client's standard
 * endpoint (the one it calls without a custom endpoint) is where
 * `standardEndpoints.of` says, by service and region, so a run can meet a
 * region where a service's name does not exist (`.invalid`) beside services
 * that answer on loopback. A custom endpoint still wins, as in the real rules.
 * Applied with `vi.mock` on each SDK client package.
 */
export const standardEndpoints: { of?: (service: string, region: string) => string } = {};

interface RuleParameters {
  Region?: string;
  Endpoint?: string;
}

type ClientClass = new (config?: Record<string, unknown>) => object;

/** The SDK package `module` with its client `clientName` following the replaced rules for `service`. */
export function withEndpointRules(module: object, clientName: string, service: string): Record<string, unknown> {
  const Client = (module as Record<string, unknown>)[clientName] as ClientClass;
  const endpointProvider = ({ Region, Endpoint }: RuleParameters) => {
    if (Endpoint) return { url: new URL(Endpoint) };
    if (!standardEndpoints.of || !Region) throw new Error(`no standard endpoint set for ${service} in ${Region ?? 'no region'}`);
    return { url: new URL(standardEndpoints.of(service, Region)) };
  };
  const Ruled = class extends Client {
    constructor(config: Record<string, unknown> = {}) {
      super({ ...config, endpointProvider });
    }
  };
  return { ...module, [clientName]: Ruled };
}
