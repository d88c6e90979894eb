/** The server's public surface: what tests, benchmarks and other packages may use. */
export { loadConfig, ConfigError, type Config } from './config.js';
export { startServer, type RunningServer } from './server.js';
export { DEMO_PASSWORD } from './db/seeds/demo.js';
export { MAX_PAGE_SIZE } from './graphql/list-args.js';
