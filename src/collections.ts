/** Small collection helpers shared by the loaders, the engine and the reporters. */

/** Appends `item` to the list `map` holds for `key` (a new list on first use), in place: linear, not a copy per item. */
export function addToGroup<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const group = map.get(key);
  if (group) group.push(item);
  else map.set(key, [item]);
}
