/**
 * vitest's global setup: one moto server for the live files that only read
 * what they seeded, each in an account of its own (`sharedMoto` in moto.ts).
 * It starts on the first file that asks for it, so runs without a live file
 * pay nothing; its endpoint is handed out by a small HTTP server of this
 * process, which also drains moto's log pipe for the whole run.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startMoto, type MotoServer } from './moto-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Answers a GET with the shared moto server's endpoint, starting it on the first. */
    sharedMotoBroker: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let moto: Promise<MotoServer> | undefined;
  const broker = createServer((_request, response) => {
    moto ??= startMoto();
    moto.then(
      (server) => response.end(server.endpoint),
      (error: unknown) => {
        response.statusCode = 500;
        response.end(error instanceof Error ? error.message : String(error));
      },
    );
  });
  await new Promise<void>((resolve) => broker.listen(0, '127.0.0.1', resolve));
  project.provide('sharedMotoBroker', `http://127.0.0.1:${(broker.address() as AddressInfo).port}`);
  return async () => {
    broker.close();
    await (await moto?.catch(() => undefined))?.stop();
  };
}
