
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
function countBefore(sorted, value) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export {
  addToGroup,
  appendAll,
  maxOf,
  minOf,
  countBefore,
  plural
};
