import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128021126 } from './Migration20261128021126.js';
import { Migration20261128025602 } from './Migration20261128025602.js';
import { Migration20261128032250 } from './Migration20261128032250.js';
import { Migration20261128033310 } from './Migration20261128033310.js';
import { Migration20261128042500_audit_append_only } from './Migration20261128042500_audit_append_only.js';

/**
 * Every committed migration, in order. Listed rather than discovered so the compiled server and the
 * TypeScript tests apply exactly the same set (create new ones with `pnpm --filter @fanben/server
 * migration:create`).
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261128021126', class: Migration20261128021126 },
  { name: 'Migration20261128025602', class: Migration20261128025602 },
  { name: 'Migration20261128032250', class: Migration20261128032250 },
  { name: 'Migration20261128033310', class: Migration20261128033310 },
  { name: 'Migration20261128042500_audit_append_only', class: Migration20261128042500_audit_append_only },
];
