
// src/model/location.ts
function readOnlyAt(loc, path = loc.path) {
  return loc.kind === "source" ? { ...loc, path, readOnly: true } : { ...loc, path };
}
function describeLocation(loc) {
  return loc.kind === "source" ? `${loc.file}:${loc.start.line}:${loc.start.column}` : loc.arn;
}

export {
  readOnlyAt,
  describeLocation
};
