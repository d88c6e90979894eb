import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../auth/password.js';
import { Role } from '../../auth/roles.js';
import { County } from '../../modules/geography/county.entity.js';
import { Township } from '../../modules/geography/township.entity.js';
import { User } from '../../modules/users/user.entity.js';
import type { CountyConfig } from '../../county/county-config.js';
import type { IndicatorRegistry } from '../../county/indicator-registry.js';
import { ensureDefaultScheme } from '../../modules/schemes/scheme.service.js';
import { loadDemoCounty, type DemoLogin } from './demo.js';

export interface FirstStartReport {
  /** Set only when this start created the admin with a generated password: print it once. */
  generatedAdminPassword?: string;
  demoLogins: DemoLogin[];
  createdCounty: boolean;
}

/**
 * On an empty database: the county, its administrator and default scheme; with demo data, the demo county. Each step
 * runs only when its result is missing, so restarts change nothing, and the whole of it is one
 * transaction, so a crash half-way leaves nothing half-made.
 */
export async function firstStart(
  em: EntityManager,
  opts: {
    adminPassword?: string;
    demoData: boolean;
    countyConfig: CountyConfig;
    registry: IndicatorRegistry;
  },
): Promise<FirstStartReport> {
  const generated = opts.adminPassword ? undefined : randomBytes(12).toString('base64url');
  // Hash before opening the transaction: it is slow CPU work that needs no lock.
  const adminHash = await hashPassword(opts.adminPassword ?? generated!);
  return em.transactional(async (tx) => {
    const report: FirstStartReport = { demoLogins: [], createdCounty: false };
    const { code, name } = opts.countyConfig.county;
    let county = await tx.findOne(County, { code });
    if (!county) {
      county = tx.create(County, { code, name });
      report.createdCounty = true;
    }
    if (!(await tx.findOne(User, { username: 'admin' }))) {
      tx.create(User, {
        county,
        username: 'admin',
        displayName: '系统管理员',
        passwordHash: adminHash,
        role: Role.ADMIN,
      });
      report.generatedAdminPassword = generated;
    }
    await ensureDefaultScheme(tx, county.id, opts.countyConfig, opts.registry);
    await tx.flush();
    if (opts.demoData && (await tx.count(Township, { county })) === 0) {
      report.demoLogins = await loadDemoCounty(tx, county, opts.registry);
    }
    return report;
  });
}
