/** Messages between load.ts and the servers it runs as child processes (ours.ts, floor.ts). */

/** What a child reports to load.ts. */
export type ChildReport =
  | { type: 'ready'; url: string; pid: number }
  /** Logging is on: requests sent from now on are counted (IPC and HTTP do not keep each other's order). */
  | { type: 'counting' }
  /** The SQL statements the server sent between `count-start` and `count-stop`, as the ORM logs them. */
  | { type: 'counted'; statements: string[] }
  /** A CPU profile was started (`profile-start`), or stopped and written to `file`. */
  | { type: 'profiling' }
  | { type: 'profiled'; file: string };

/** What load.ts asks of a child: count statements or profile (ours only), or stop cleanly. */
export type ParentRequest =
  | { type: 'count-start' }
  | { type: 'count-stop' }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; file: string }
  | { type: 'stop' };
