import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../loaders/walk.js';
import { jobsForInput, MIN_INPUT_BYTES_FOR_JOBS } from './scan.js';

describe('the default --jobs, from the size of the input', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-auto-jobs-'));
  const file = (name: string, bytes: number): InputFile => {
    const absolute = path.join(dir, name);
    writeFileSync(absolute, Buffer.alloc(bytes, 'a'));
    return { absolute, relative: name, explicit: false };
  };
  const quarter = Math.ceil(MIN_INPUT_BYTES_FOR_JOBS / 4);

  it('keeps an input under the threshold on one thread, whatever the cores', () => {
    const small = [file('a.yaml', quarter), file('b.yaml', quarter), file('c.yaml', quarter - 10)];
    expect(jobsForInput(small, 2)).toBe(1);
    expect(jobsForInput(small, 16)).toBe(1);
    expect(jobsForInput([], 4)).toBe(1);
  });

  it('gives a larger input one thread per core', () => {
    const large = [file('d.yaml', quarter), file('e.yaml', quarter), file('f.yaml', quarter), file('g.yaml', quarter)];
    expect(jobsForInput(large, 2)).toBe(2);
    expect(jobsForInput(large, 8)).toBe(8);
    expect(jobsForInput(large, 1)).toBe(1);
  });

  it('counts a file that is gone as empty', () => {
    const gone: InputFile = { absolute: path.join(dir, 'gone.yaml'), relative: 'gone.yaml', explicit: false };
    expect(jobsForInput([file('h.yaml', MIN_INPUT_BYTES_FOR_JOBS), gone], 2)).toBe(2);
    expect(jobsForInput([gone, file('i.yaml', 10)], 2)).toBe(1);
  });
});
