// Loaded with `node --import`: at exit, writes the process's CPU time (every thread's, in microseconds) to $SAGELINT_TEST_CPU_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.SAGELINT_TEST_CPU_FILE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.cpuUsage())));
