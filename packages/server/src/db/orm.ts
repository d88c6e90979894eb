import { FlushMode, MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export type Orm = MikroORM;

export function ormOptions(clientUrl: string, extra: Partial<Options> = {}): Options {
  const { migrations, ...rest } = extra;
  return {
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
      ...migrations,
    },
    pool: { min: 0, max: 8 },
    // Our resolvers fork per request; the global context must never be used by accident.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    // Writes happen at our explicit flushes only, never as a side effect of a query in a hook.
    flushMode: FlushMode.COMMIT,
    ...rest,
  };
}

/** Connects and applies the committed migrations. Nothing here ever drops or refreshes the schema. */
export async function openOrm(clientUrl: string, extra: Partial<Options> = {}): Promise<Orm> {
  const orm = await MikroORM.init(ormOptions(clientUrl, extra));
  await orm.getMigrator().up();
  return orm;
}
