// Preloaded into a process under test (NODE_OPTIONS=--require, which unlike
// --import also runs in worker threads): every way to reach the network or
// start a program throws, and is first written to the file named by
// SAGELINT_TRAP_LOG, so that an attempt shows even when the caller swallows
// the error. Each thread that loads the trap logs `loaded`.
/* global require */
/* eslint-disable @typescript-eslint/no-require-imports -- a --require preload is CommonJS */
const { appendFileSync } = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');
const { threadId } = require('node:worker_threads');

const log = process.env.SAGELINT_TRAP_LOG;
if (!log) throw new Error('SAGELINT_TRAP_LOG must name the file to record attempts in');
const record = (line) => appendFileSync(log, `${line} thread=${threadId}\n`);

function trap(owner, name, label) {
  if (typeof owner[name] !== 'function') return;
  owner[name] = function trapped() {
    record(`attempt ${label}`);
    throw new Error(`${label} is not allowed during this test`);
  };
}

const resolvers = (dns) => Object.keys(dns).filter((n) => n === 'lookup' || n === 'lookupService' || n.startsWith('resolve'));

const net = require('node:net');
for (const name of ['connect', 'createConnection']) trap(net, name, `net.${name}`);
trap(net.Socket.prototype, 'connect', 'net.Socket#connect');
trap(require('node:tls'), 'connect', 'tls.connect');
for (const label of ['http', 'https']) for (const name of ['request', 'get']) trap(require(`node:${label}`), name, `${label}.${name}`);
trap(require('node:http2'), 'connect', 'http2.connect');
trap(require('node:dgram'), 'createSocket', 'dgram.createSocket');
const dns = require('node:dns');
for (const name of resolvers(dns)) trap(dns, name, `dns.${name}`);
for (const name of resolvers(dns.promises)) trap(dns.promises, name, `dns.promises.${name}`);
const childProcess = require('node:child_process');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) trap(childProcess, name, `child_process.${name}`);
trap(globalThis, 'fetch', 'fetch');
syncBuiltinESMExports();
record('loaded');
