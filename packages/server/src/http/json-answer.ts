import type { ServerResponse } from 'node:http';

/**
 * Apollo's `stringifyResult`: the answer's JSON, without the newline Apollo's own adds. Its default,
 * `JSON.stringify(value) + '\n'`, makes a second string of the whole answer as soon as it is encoded
 * (V8 flattens the pair); `endWithJson` writes the newline itself, so answers stay byte for byte the
 * same.
 */
export const stringifyAnswer = (value: unknown): string => JSON.stringify(value);

/** Below this many characters Node's own path (`res.end(text)`) is as cheap: no large allocations. */
const SMALL_ANSWER = 16 * 1024;
/** Answers above this many characters are encoded into a buffer of their own, not kept for reuse. */
const LARGEST_REUSED = 1024 * 1024;
/** Buffers kept: more than the answers a loaded server writes at once, few enough to weigh little. */
const KEPT = 4;
const NEWLINE = 0x0a;

const free: Buffer[] = [];

/**
 * Ends `res` with `json` and a newline, as UTF-8. A large answer is encoded into a buffer kept from an
 * earlier answer and returned once Node has handed it to the kernel: a fresh buffer of a few hundred
 * KB is fresh pages for the kernel to map on every request, which on the 500-row village page cost
 * about a seventh of the server's CPU (bench/README.md).
 */
export function endWithJson(res: ServerResponse, json: string): void {
  if (json.length < SMALL_ANSWER) {
    res.end(`${json}\n`);
    return;
  }
  // UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
  const capacity = json.length * 3 + 1;
  if (capacity > LARGEST_REUSED * 3) {
    res.end(`${json}\n`);
    return;
  }
  const reused = free.findIndex((b) => b.length >= capacity);
  const buffer = reused >= 0 ? free.splice(reused, 1)[0] : Buffer.allocUnsafeSlow(roundUp(capacity));
  const length = buffer.write(json, 'utf8');
  buffer[length] = NEWLINE;
  res.end(buffer.subarray(0, length + 1), () => {
    // After 'finish' the socket holds no reference to the bytes. A response that failed midway may
    // still be queued; its buffer is left to the garbage collector.
    if (res.writableFinished && free.length < KEPT) free.push(buffer);
  });
}

/** Powers of two from 64 KB, so that answers of similar size share buffers. */
function roundUp(bytes: number): number {
  let size = 64 * 1024;
  while (size < bytes) size *= 2;
  return size;
}
