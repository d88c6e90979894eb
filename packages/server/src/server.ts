import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Options } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { loadCountyConfig } from './county/county-config.js';
import { IndicatorRegistry } from './county/indicator-registry.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded.js';
import { openOrm, type Orm } from './db/orm.js';
import { firstStart, type FirstStartReport } from './db/seeds/first-start.js';
import { buildFanbenSchema } from './graphql/schema.js';
import { createApp } from './http/app.js';
import { HttpDrain } from './http/drain.js';

export interface RunningServer {
  url: string;
  orm: Orm;
  httpServer: Server;
  firstStart: FirstStartReport;
  databaseKind: 'postgresql' | 'embedded';
  registry: IndicatorRegistry;
  stop(): Promise<void>;
}

/**
 * read config → open database → migrate → first-start data → build schema → serve. `options.orm` lets
 * tests and benchmarks observe the ORM (e.g. count SQL statements); production passes nothing.
 */
export async function startServer(
  config: Config,
  options: { orm?: Partial<Options> } = {},
): Promise<RunningServer> {
  // Configuration mistakes stop the start before any database is touched.
  const countyConfig = await loadCountyConfig(config.countyConfig);
  const registry = await IndicatorRegistry.load(countyConfig);
  let embedded: EmbeddedDatabase | undefined;
  const url = config.databaseUrl ?? (embedded = await startEmbeddedDatabase(config.dataDir)).url;
  const orm = await openOrm(url, options.orm);
  try {
    const report = await firstStart(orm.em.fork(), {
      adminPassword: config.adminPassword,
      demoData: config.demoData,
      countyConfig,
      registry,
    });
    const schema = await buildFanbenSchema();
    const httpServer = createServer();
    const { listener, apollo } = await createApp({ config, orm, schema, httpServer, registry });
    const drain = new HttpDrain(listener);
    httpServer.on('request', drain.listener);
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
    const { port } = httpServer.address() as AddressInfo;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      url: `http://${host}:${port}`,
      orm,
      httpServer,
      firstStart: report,
      databaseKind: embedded ? 'embedded' : 'postgresql',
      registry,
      async stop() {
        // Open answers say `Connection: close`; Apollo's drain plugin stops listening and waits for
        // them (up to SHUTDOWN_GRACE_SECONDS) before the database goes away.
        drain.begin();
        await apollo.stop();
        await orm.close();
        await embedded?.stop();
      },
    };
  } catch (err) {
    await orm.close();
    await embedded?.stop();
    throw err;
  }
}
