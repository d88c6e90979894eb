import type { IncomingMessage, ServerResponse } from 'node:http';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The HTTP side of a graceful stop, ahead of Apollo's drain plugin (which stops listening, closes
 * idle connections, and ends busy ones once their answer is out).
 *
 * Answers still being computed go out with `Connection: close`. Without it a keep-alive client sends
 * its next request on a connection the server is about to end, and gets a reset: for a change, it
 * cannot tell whether it was applied. Told to close, it opens a new connection, which is refused
 * (a load balancer retries elsewhere). A request that still arrives on an open connection is answered
 * 503 with `Connection: close` and never reaches the application.
 */
export class HttpDrain {
  private draining = false;
  private readonly open = new Set<ServerResponse>();

  constructor(private readonly app: Listener) {}

  /** The http.Server's `request` listener. */
  readonly listener: Listener = (req, res) => {
    if (this.draining) return refuse(res);
    this.open.add(res);
    res.once('close', () => this.open.delete(res));
    this.app(req, res);
  };

  begin(): void {
    this.draining = true;
    for (const res of this.open) if (!res.headersSent) res.setHeader('connection', 'close');
  }
}

function refuse(res: ServerResponse) {
  res.writeHead(503, { 'content-type': 'application/json', connection: 'close', 'retry-after': '5' });
  res.end(
    JSON.stringify({
      errors: [
        {
          message: 'The server is restarting. Please try again in a moment.',
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ],
    }),
  );
}
