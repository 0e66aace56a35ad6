#!/usr/bin/env node
// `node action/pull-request-base.mjs`: the commit a pull request merges into,
// read from the runner's event payload ($GITHUB_EVENT_PATH) on pull_request and
// pull_request_target events; nothing on any other event. The Action takes the
// gate's config and baseline from that commit (trusted mode, docs/security.md).
import { readFileSync } from 'node:fs';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

function baseCommit() {
  if (!PULL_REQUEST_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? '') || !process.env.GITHUB_EVENT_PATH) return '';
  try {
    const sha = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'))?.pull_request?.base?.sha;
    // A commit ID and nothing else reaches git.
    return typeof sha === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) ? sha : '';
  } catch {
    return '';
  }
}

process.stdout.write(baseCommit());
