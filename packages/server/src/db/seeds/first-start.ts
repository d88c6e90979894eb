import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../auth/password.js';
import { Role } from '../../auth/roles.js';
import { County } from '../../modules/geography/county.entity.js';
import { Township } from '../../modules/geography/township.entity.js';
import { User } from '../../modules/users/user.entity.js';
import { loadDemoCounty, type DemoLogin } from './demo.js';

export const DEFAULT_COUNTY = { code: '520502', name: '七星关区' };

export interface FirstStartReport {
  /** Set only when this start created the admin with a generated password: print it once. */
  generatedAdminPassword?: string;
  demoLogins: DemoLogin[];
  createdCounty: boolean;
}

/**
 * On an empty database: the county and its administrator; with demo data, the demo county. Each step
 * runs only when its result is missing, so restarts change nothing, and the whole of it is one
 * transaction, so a crash half-way leaves nothing half-made.
 */
export async function firstStart(
  em: EntityManager,
  opts: { adminPassword?: string; demoData: boolean },
): Promise<FirstStartReport> {
  const generated = opts.adminPassword ? undefined : randomBytes(12).toString('base64url');
  // Hash before opening the transaction: it is slow CPU work that needs no lock.
  const adminHash = await hashPassword(opts.adminPassword ?? generated!);
  return em.transactional(async (tx) => {
    const report: FirstStartReport = { demoLogins: [], createdCounty: false };
    let county = await tx.findOne(County, { code: DEFAULT_COUNTY.code });
    if (!county) {
      county = tx.create(County, DEFAULT_COUNTY);
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
    await tx.flush();
    if (opts.demoData && (await tx.count(Township, { county })) === 0) {
      report.demoLogins = await loadDemoCounty(tx, county);
    }
    return report;
  });
}
