import type { ServerResponse } from 'node:http';

/** Below this many characters Node's own path (`res.end(text)`) is as cheap: no large allocations. */
const SMALL_ANSWER = 16 * 1024;
/** Answers above this many characters are encoded into a buffer of their own, not kept for reuse. */
const LARGEST_REUSED = 1024 * 1024;
/** Buffers kept: more than the answers a loaded server writes at once, few enough to weigh little. */
const KEPT = 4;

const free: Buffer[] = [];

/**
 * Ends `res` with `text` as UTF-8. A large answer is encoded into a buffer kept from an earlier answer
 * and returned once Node has handed it to the kernel. Given the string, Node would first measure it
 * for Content-Length and then encode it into freshly allocated memory: a few hundred KB of fresh
 * pages for the kernel to map on every request, which on the 500-row village page cost about a
 * seventh of the server's CPU (bench/README.md, ADR 0011).
 */
export function endWithText(res: ServerResponse, text: string): void {
  if (text.length < SMALL_ANSWER || text.length > LARGEST_REUSED) {
    res.end(text);
    return;
  }
  // UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
  const capacity = text.length * 3;
  const reused = free.findIndex((b) => b.length >= capacity);
  const buffer = reused >= 0 ? free.splice(reused, 1)[0] : Buffer.allocUnsafeSlow(roundUp(capacity));
  const length = buffer.write(text, 'utf8');
  res.end(buffer.subarray(0, length), () => {
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
