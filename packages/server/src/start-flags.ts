import { loadConfig, refuseStart } from './config.js';

/**
 * Prints the Node flags `pnpm start` runs the server with — the heap sizes of HEAP_MB and SEMISPACE_MB —
 * as `flags=$(node dist/start-flags.js) && exec node $flags dist/main.js` (package.json). The sizes must be
 * checked before that `node` starts: given a bad value, Node itself refuses to start naming its flag,
 * not the variable. A bad value here stops the start as main.ts does, with one line naming it.
 */
try {
  const { heap } = loadConfig();
  console.log(`--max-old-space-size=${heap.oldSpaceMb} --max-semi-space-size=${heap.semiSpaceMb}`);
} catch (err) {
  refuseStart(err);
}
