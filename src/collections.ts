/** Small collection helpers shared by the loaders, the engine, the pipeline and the reporters. */

/** Appends `item` to the list `map` holds for `key` (a new list on first use), in place: linear, not a copy per item. */
export function addToGroup<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const group = map.get(key);
  if (group) group.push(item);
  else map.set(key, [item]);
}

/**
 * Appends every item of `items` to `target`, in place. `target.push(...items)`
 * passes each item as an argument, which overflows the call stack for large
 * arrays (a unit with 150,000 findings).
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `numbers` (`fallback` when there are none), without spreading them into arguments. */
export function maxOf(numbers: Iterable<number>, fallback = -Infinity): number {
  let max = fallback;
  for (const n of numbers) if (n > max) max = n;
  return max;
}

/** The smallest of `numbers` (`fallback` when there are none), without spreading them into arguments. */
export function minOf(numbers: Iterable<number>, fallback = Infinity): number {
  let min = fallback;
  for (const n of numbers) if (n < min) min = n;
  return min;
}

/** How many items of `sorted` (ascending) come before `value`: where `value` would go. */
export function countBefore<T>(sorted: readonly T[], value: T): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** "1 finding", "2 findings": a count of items as words. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
