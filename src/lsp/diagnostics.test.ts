import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import { findingDiagnostic, fixAction, loadErrorDiagnostic, noteDiagnostic, rangesMeet, type FixableFinding } from './diagnostics.js';

const at = (line: number, column: number, offset: number) => ({ line, column, offset });

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  ruleId: 'SM004',
  ruleName: 'notebook-storage-unencrypted',
  severity: 'medium',
  certainty: 'definite',
  message: 'KmsKeyId is omitted',
  resource: { id: 'Notebook', type: 'AWS::SageMaker::NotebookInstance', kind: 'NotebookInstance', source: 'cloudformation' },
  location: { kind: 'source', file: 'nb.yaml', start: at(2, 3, 13), end: at(2, 11, 21), path: ['Resources', 'Notebook'] },
  propertyPath: [],
  fingerprint: 'f',
  ...overrides,
});

describe('findings as diagnostics', () => {
  it('maps severities, 1-based positions to 0-based ranges, and the rule to its code and doc link', () => {
    expect(findingDiagnostic(finding())).toEqual({
      range: { start: { line: 1, character: 2 }, end: { line: 1, character: 10 } },
      severity: 2,
      code: 'SM004',
      codeDescription: { href: 'https://github.com/sagelint/sagelint/blob/main/docs/rules/SM004.md' },
      source: 'sagelint',
      message: 'KmsKeyId is omitted',
    });
    expect(['critical', 'high', 'medium', 'low'].map((severity) => findingDiagnostic(finding({ severity: severity as Finding['severity'] })).severity)).toEqual([1, 1, 2, 3]);
  });

  it('shows text from the template as one inert line', () => {
    const message = findingDiagnostic(finding({ message: "Bucket 'a\nb\u202e' is public" })).message;
    expect(message).toBe("Bucket 'a\u240ab\ufffd' is public");
  });

  it('places a load error from its position to the end of its line, or on the first line when it has none', () => {
    const lines = ['Resources:', '  Notebook: [unclosed\r'];
    expect(loadErrorDiagnostic({ file: 'nb.yaml', line: 2, column: 13, message: 'bad' }, lines)).toMatchObject({
      range: { start: { line: 1, character: 12 }, end: { line: 1, character: 21 } },
      severity: 1,
      message: 'not checked: bad',
    });
    expect(loadErrorDiagnostic({ file: 'nb.yaml', message: 'file is empty' }, lines).range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 10 } });
  });
});

describe('notes as diagnostics', () => {
  it('marks the text of the note\'s line as information', () => {
    const lines = ['Resources:', '  Notebook:', '    Metadata: { sagelint: { ignore: [SM001] } }'];
    expect(noteDiagnostic({ file: 'nb.yaml', line: 3, message: 'suppression of SM001 on Notebook has no reason, so it is not applied: add a reason' }, lines)).toEqual({
      range: { start: { line: 2, character: 4 }, end: { line: 2, character: 47 } },
      severity: 3,
      source: 'sagelint',
      message: 'suppression of SM001 on Notebook has no reason, so it is not applied: add a reason',
    });
  });
});

describe('fixes as quick fixes', () => {
  it('edits every file the fix touches, says what it costs and what is left to fill in, and prefers only safe, complete fixes', () => {
    const fixable = finding({
      fix: {
        description: 'Set KmsKeyId to a customer managed key.',
        kind: 'replaces',
        placeholders: ['<kms-key-arn>'],
        edits: [
          { file: 'nb.yaml', start: at(8, 1, 200), end: at(8, 1, 200), text: '      KmsKeyId: !Ref Key\n' },
          { file: 'keys.yaml', start: at(3, 1, 30), end: at(3, 1, 30), text: '  Key: <kms-key-arn>\n' },
        ],
      },
    }) as FixableFinding;
    const diagnostic = findingDiagnostic(fixable);
    const action = fixAction(fixable, diagnostic, (file) => `file:///ws/${file}`);
    expect(action).toEqual({
      title: 'SM004: Set KmsKeyId to a customer managed key (replaces the resource on deploy); fill in <kms-key-arn>',
      kind: 'quickfix',
      diagnostics: [diagnostic],
      isPreferred: false,
      edit: {
        changes: {
          'file:///ws/nb.yaml': [{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, newText: '      KmsKeyId: !Ref Key\n' }],
          'file:///ws/keys.yaml': [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '  Key: <kms-key-arn>\n' }],
        },
      },
    });
    const safe = { ...fixable, fix: { ...fixable.fix, kind: 'safe' as const, placeholders: [] } };
    expect(fixAction(safe, diagnostic, (file) => file)).toMatchObject({ title: 'SM004: Set KmsKeyId to a customer managed key', isPreferred: true });
  });

  it('offers the fixes of diagnostics the requested range touches', () => {
    const range = { start: { line: 1, character: 2 }, end: { line: 1, character: 10 } };
    expect(rangesMeet(range, { start: { line: 1, character: 10 }, end: { line: 1, character: 10 } })).toBe(true);
    expect(rangesMeet(range, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } })).toBe(true);
    expect(rangesMeet(range, { start: { line: 1, character: 11 }, end: { line: 2, character: 0 } })).toBe(false);
    expect(rangesMeet(range, { start: { line: 0, character: 0 }, end: { line: 1, character: 1 } })).toBe(false);
  });
});
