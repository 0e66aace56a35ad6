/**
 * An HTTP proxy on loopback in front of the AWS API that misbehaves on purpose:
 * it throttles some calls (HTTP 400 with the service's throttling error), answers
 * others 503, delays some, drops the connection of others, can throttle one
 * operation on every attempt, and can pretend a region is not enabled.
 *
 * Faults hit only the first attempt of a call (the SDK numbers attempts in the
 * `amz-sdk-request` header), and every n-th call: the run is deterministic, and a
 * client that retries must end with exactly the result of a clean run.
 */
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultPlan {
  /** Every n-th call is first refused as throttled. */
  throttleEvery?: number;
  /** Every n-th call is first answered 503 Service Unavailable. */
  unavailableEvery?: number;
  /** Every n-th call waits `delayMs` before it is forwarded. */
  delayEvery?: number;
  delayMs?: number;
  /** Every n-th call has its connection closed with no answer. */
  dropEvery?: number;
  /** This operation (e.g. `DescribeClusters`) is throttled on every attempt: throttled past the retries. */
  throttleOperation?: string;
  /** Calls signed for this region are refused as AWS refuses a region the account has not enabled. */
  disabledRegion?: string;
  /** Every call is refused as AWS refuses an expired session token. */
  expiredSession?: boolean;
  /** These operations (e.g. `GetResources`) are refused as IAM refuses an action the caller's policy lacks. */
  deniedOperations?: readonly string[];
}

export interface FaultCounts {
  calls: number;
  throttled: number;
  unavailable: number;
  delayed: number;
  dropped: number;
  refusedRegion: number;
  denied: number;
  /** Requests (retries included) by `<region> <operation>`, as signed and named by the client. */
  operations: Map<string, number>;
}

export interface FaultProxy {
  endpoint: string;
  counts: FaultCounts;
  close(): Promise<void>;
}

/** What the SDK signed the request for: `Credential=<key>/<date>/<region>/<service>/aws4_request`. */
function credentialScope(req: IncomingMessage): { region?: string; service?: string } {
  const match = /Credential=[^/]+\/\d+\/([^/]+)\/([^/]+)\//.exec(req.headers.authorization ?? '');
  return { region: match?.[1], service: match?.[2] };
}

type Protocol = 'json' | 'ec2' | 'query';

/** The API operation: from `X-Amz-Target` (JSON protocols) or the `Action` of the form body (query protocols). */
function operationOf(req: IncomingMessage, body: string): string | undefined {
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') return target.split('.').pop();
  return new URLSearchParams(body).get('Action') ?? undefined;
}

function protocolOf(req: IncomingMessage): Protocol {
  if (req.headers['x-amz-target']) return 'json';
  return credentialScope(req).service === 'ec2' ? 'ec2' : 'query';
}

/** An error response in the wire format the client expects. */
function sendError(res: ServerResponse, protocol: Protocol, status: number, codes: Record<Protocol, string>, message: string): void {
  const code = codes[protocol];
  if (protocol === 'json') {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': code });
    res.end(JSON.stringify({ __type: code, message }));
  } else if (protocol === 'ec2') {
    res.writeHead(status, { 'content-type': 'text/xml' });
    res.end(`<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>fault-proxy</RequestID></Response>`);
  } else {
    res.writeHead(status, { 'content-type': 'text/xml' });
    res.end(`<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>fault-proxy</RequestId></ErrorResponse>`);
  }
}

const THROTTLING = { json: 'ThrottlingException', ec2: 'RequestLimitExceeded', query: 'Throttling' };
const UNAVAILABLE = { json: 'ServiceUnavailable', ec2: 'Unavailable', query: 'ServiceUnavailable' };
const EXPIRED = { json: 'ExpiredTokenException', ec2: 'RequestExpired', query: 'ExpiredToken' };
const ACCESS_DENIED = { json: 'AccessDeniedException', ec2: 'UnauthorizedOperation', query: 'AccessDenied' };
const REGION_DISABLED = { json: 'UnrecognizedClientException', ec2: 'AuthFailure', query: 'InvalidClientTokenId' };

export async function startFaultProxy(target: string, plan: FaultPlan): Promise<FaultProxy> {
  const upstream = new URL(target);
  const counts: FaultCounts = { calls: 0, throttled: 0, unavailable: 0, delayed: 0, dropped: 0, refusedRegion: 0, denied: 0, operations: new Map() };
  const every = (n: number | undefined, call: number) => n !== undefined && call % n === 0;

  const server = createServer((req, res) => {
    const body: Buffer[] = [];
    req.on('data', (chunk: Buffer) => body.push(chunk));
    req.on('end', async () => {
      const protocol = protocolOf(req);
      const operation = operationOf(req, Buffer.concat(body).toString());
      const key = `${credentialScope(req).region} ${operation}`;
      counts.operations.set(key, (counts.operations.get(key) ?? 0) + 1);
      if (plan.disabledRegion && credentialScope(req).region === plan.disabledRegion) {
        counts.refusedRegion++;
        sendError(res, protocol, protocol === 'json' ? 400 : 403, REGION_DISABLED, 'The security token included in the request is invalid.');
        return;
      }
      if (plan.expiredSession) {
        sendError(res, protocol, protocol === 'json' ? 400 : 403, EXPIRED, 'The security token included in the request is expired');
        return;
      }
      if (operation && plan.deniedOperations?.includes(operation)) {
        counts.denied++;
        sendError(res, protocol, protocol === 'json' ? 400 : 403, ACCESS_DENIED, `not authorized to perform ${operation}`);
        return;
      }
      if (plan.throttleOperation && operation === plan.throttleOperation) {
        counts.throttled++;
        sendError(res, protocol, 400, THROTTLING, 'Rate exceeded');
        return;
      }
      const firstAttempt = /attempt=1;/.test(String(req.headers['amz-sdk-request'] ?? 'attempt=1;'));
      if (firstAttempt) {
        const call = ++counts.calls;
        if (every(plan.throttleEvery, call)) {
          counts.throttled++;
          sendError(res, protocol, 400, THROTTLING, 'Rate exceeded');
          return;
        }
        if (every(plan.unavailableEvery, call)) {
          counts.unavailable++;
          sendError(res, protocol, 503, UNAVAILABLE, 'Service is unavailable, try again');
          return;
        }
        if (every(plan.dropEvery, call)) {
          counts.dropped++;
          req.socket.destroy();
          return;
        }
        if (every(plan.delayEvery, call)) {
          counts.delayed++;
          await new Promise((resolve) => setTimeout(resolve, plan.delayMs ?? 50));
        }
      }
      const proxied = forward(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      proxied.on('error', (err) => {
        res.writeHead(502);
        res.end(String(err));
      });
      proxied.end(Buffer.concat(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
