/**
 * yargs renders the whole help text of the command it runs as soon as the
 * command's handler starts, and keeps it for a `showHelp()` from the handler.
 * sagelint never calls that (its failures print their own message), yet the
 * rendering measures the width of every option's text and costs tens of
 * milliseconds of every run. `--help` renders the text as before.
 */
import type { Argv } from 'yargs';

/** The part of yargs's internals that keeps the text (yargs 18; absent elsewhere, and then nothing changes). */
interface UsageInternals {
  cacheHelpMessage?: () => void;
}

export function withoutHelpCache<T>(cli: Argv<T>): Argv<T> {
  const internals = (cli as unknown as { getInternalMethods?: () => { getUsageInstance?: () => UsageInternals } }).getInternalMethods?.();
  const usage = internals?.getUsageInstance?.();
  if (typeof usage?.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
  return cli;
}
