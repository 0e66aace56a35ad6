// src/collections.ts
function addToGroup(map, key, item) {
  const group = map.get(key);
  if (group) group.push(item);
  else map.set(key, [item]);
}
function appendAll(target, items) {
  for (const item of items) target.push(item);
  return target;
}
function maxOf(numbers, fallback = -Infinity) {
  let max = fallback;
  for (const n of numbers) if (n > max) max = n;
  return max;
}
function minOf(numbers, fallback = Infinity) {
  let min = fallback;
  for (const n of numbers) if (n < min) min = n;
  return min;
}

export {
  addToGroup,
  appendAll,
  maxOf,
  minOf
};
