/* global document, window, IntersectionObserver */
// The HTML report's script, inlined by html.ts. It reads the findings embedded
// as JSON and lists those that pass the filters, one page at a time: a report of
// tens of thousands of findings never builds all of its rows. Text from the
// report is only ever set as textContent, never parsed as HTML.
(function () {
  'use strict';
  const PAGE = 200;
  const data = JSON.parse(document.getElementById('report-data').textContent);
  const findings = data.findings;
  const rulesById = new Map(data.rules.map((rule) => [rule.id, rule]));
  const list = document.getElementById('finding-list');
  const status = document.getElementById('status');
  const more = document.getElementById('more');
  const search = document.getElementById('search');
  const ruleFilter = document.getElementById('rule-filter');
  const groupFilter = document.getElementById('group-filter');
  const severityBoxes = Array.from(document.querySelectorAll('#filters input[name="severity"]'));
  const searchText = new Array(findings.length);

  let matching = [];
  let shown = 0;
  let counts = new Map();

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function where(location) {
    return location.kind === 'source' ? `${location.file}:${location.start.line}:${location.start.column}` : location.arn;
  }

  function textOf(index) {
    if (searchText[index] === undefined) {
      const f = findings[index];
      const r = f.resource;
      searchText[index] = [f.ruleId, f.ruleName, f.message, r.id, r.type, r.label || '', f.group, where(f.location)].join('\n').toLowerCase();
    }
    return searchText[index];
  }

  function applyFilters() {
    const severities = new Set(severityBoxes.filter((box) => box.checked).map((box) => box.value));
    const rule = ruleFilter.value;
    const group = groupFilter.value;
    const terms = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    matching = [];
    counts = new Map();
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      if (!severities.has(f.severity) || (rule && f.ruleId !== rule) || (group && f.group !== group)) continue;
      if (terms.length && !terms.every((term) => textOf(i).includes(term))) continue;
      matching.push(i);
      counts.set(f.severity, (counts.get(f.severity) || 0) + 1);
      const key = `${f.severity}\n${f.group}`;
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    list.replaceChildren();
    shown = 0;
    showMore();
  }

  function showMore(limit) {
    const end = Math.min(matching.length, limit === undefined ? shown + PAGE : limit);
    const fragment = document.createDocumentFragment();
    let previous = shown > 0 ? findings[matching[shown - 1]] : undefined;
    for (; shown < end; shown++) {
      const f = findings[matching[shown]];
      if (!previous || previous.severity !== f.severity) {
        const heading = el('h3', `sev-heading sev-${f.severity}`, `${f.severity} · ${counts.get(f.severity)}`);
        heading.dataset.severity = f.severity;
        fragment.append(heading);
      }
      if (!previous || previous.severity !== f.severity || previous.group !== f.group) {
        fragment.append(el('h4', 'group-heading', `${f.group} · ${counts.get(`${f.severity}\n${f.group}`)}`));
      }
      fragment.append(findingRow(f));
      previous = f;
    }
    list.append(fragment);
    more.hidden = shown >= matching.length;
    status.dataset.matching = String(matching.length);
    status.dataset.shown = String(shown);
    const total = findings.length;
    status.textContent =
      matching.length === total
        ? `${total} finding${total === 1 ? '' : 's'}${shown < total ? `, the first ${shown} shown` : ''}`
        : `${matching.length} of ${total} findings match${shown < matching.length ? `, the first ${shown} shown` : ''}`;
  }

  function findingRow(f) {
    const row = el('article', `finding sev-${f.severity}`);
    row.dataset.severity = f.severity;
    row.dataset.rule = f.ruleId;
    const head = el('p', 'headline');
    head.append(el('span', `badge sev-${f.severity}`, f.severity));
    const rule = rulesById.get(f.ruleId);
    const link = el('a', 'rule', f.ruleId);
    if (rule && /^https:\/\//.test(rule.helpUri)) link.href = rule.helpUri;
    link.rel = 'noopener noreferrer';
    link.target = '_blank';
    head.append(link, el('span', 'rule-name', ` ${f.ruleName}`));
    if (f.certainty === 'possible') head.append(el('span', 'dim', ' (possible)'));
    head.append(el('code', 'where', where(f.location)));
    row.append(head, el('p', 'message', f.message));
    const r = f.resource;
    const details = f.location.kind === 'live' ? [r.type] : [r.type, r.label].filter(Boolean);
    row.append(el('p', 'resource', `resource: ${r.id} (${details.join(', ')})`));
    if (f.frame) row.append(el('pre', 'frame', f.frame.join('\n')));
    if (f.fix) row.append(fixBlock(f.fix));
    else if (f.location.kind === 'live' && rule) {
      const remediation = remediationBlock(rule.remediation);
      if (remediation) row.append(remediation);
    }
    return row;
  }

  function fixBlock(fix) {
    const block = el('div', 'fix');
    block.append(el('p', undefined, `fix: ${fix.description}`));
    if (fix.placeholders.length) block.append(el('p', 'dim', `fill in: ${fix.placeholders.join(', ')}`));
    for (const edit of fix.edits) {
      const range = `${edit.file}:${edit.start.line}:${edit.start.column}–${edit.end.line}:${edit.end.column}`;
      block.append(el('p', 'dim', edit.text ? `${range}, write:` : `${range}: delete`));
      if (edit.text) block.append(el('pre', 'edit', edit.text));
    }
    return block;
  }

  function remediationBlock(remediation) {
    const steps = remediation.cli || remediation.console;
    if (!steps) return undefined;
    const block = el('div', 'fix');
    block.append(el('p', undefined, remediation.cli ? 'remediation (AWS CLI):' : 'remediation (console):'));
    block.append(el(remediation.cli ? 'pre' : 'p', remediation.cli ? 'edit' : undefined, steps.replace(/\n+$/, '')));
    if (remediation.recreate) block.append(el('p', 'dim', `recreate: ${remediation.recreate}`));
    return block;
  }

  let pending;
  search.addEventListener('input', () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(applyFilters, 120);
  });
  for (const control of [ruleFilter, groupFilter, ...severityBoxes]) control.addEventListener('change', applyFilters);
  document.getElementById('filters').addEventListener('submit', (event) => event.preventDefault());
  more.addEventListener('click', () => showMore());
  if (typeof IntersectionObserver === 'function') {
    new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !more.hidden) showMore();
    }).observe(more);
  }
  // A printed report holds every finding that passes the filters.
  window.addEventListener('beforeprint', () => showMore(matching.length));
  for (const box of severityBoxes) {
    const count = findings.filter((f) => f.severity === box.value).length;
    box.parentElement.append(el('span', 'count', ` ${count}`));
  }
  applyFilters();
})();
