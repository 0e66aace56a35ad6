import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleHelpUri, toolVersion } from './tool.js';

describe('tool identity', () => {
  it('reports the version of sagelint’s own package.json', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(toolVersion()).toBe(manifest.version);
  });

  it('links each rule to its documentation page', () => {
    expect(ruleHelpUri('RS001')).toBe('https://github.com/sagelint/sagelint/blob/main/docs/rules/RS001.md');
  });
});
