import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../auth/password.js';
import { Role } from '../../auth/roles.js';
import { Cadre, Gender } from '../../modules/cadres/cadre.entity.js';
import type { IndicatorRegistry } from '../../county/indicator-registry.js';
import type { County } from '../../modules/geography/county.entity.js';
import { Township, TownshipKind } from '../../modules/geography/township.entity.js';
import { CollectiveModel, VillageEconomy } from '../../modules/geography/village-economy.entity.js';
import { Village, VillageKind } from '../../modules/geography/village.entity.js';
import { User } from '../../modules/users/user.entity.js';
import { buildDemoCounty } from './demo-county-data.js';
import { loadDemoHistory } from './demo-history.js';

/** Documented in the README; demo data is for trying Fanben out, never for a real county. */
export const DEMO_PASSWORD = 'fanben-demo';

export interface DemoLogin {
  username: string;
  role: Role;
  scope: string;
}

/** The demo township and village the scoped demo users belong to (domain.md §3's example). */
const DEMO_TOWNSHIP = '长春堡镇';
const DEMO_VILLAGE = '清塘村';

/**
 * Loads the demo Qixingguan: townships, villages, cadres, economy records, one user per role, and the
 * certification history of 2015–2017.
 */
export async function loadDemoCounty(
  tx: EntityManager,
  county: County,
  registry: IndicatorRegistry,
): Promise<DemoLogin[]> {
  const data = buildDemoCounty();
  let demoTownship: Township | undefined;
  let demoVillage: Village | undefined;

  data.townships.forEach((t, i) => {
    const township = tx.create(Township, {
      county,
      code: t.code,
      name: t.name,
      kind: t.kind as TownshipKind,
      sortOrder: i + 1,
    });
    if (t.name === DEMO_TOWNSHIP) demoTownship = township;
    for (const v of t.villages) {
      const village = tx.create(Village, {
        county,
        township,
        code: v.code,
        name: v.name,
        kind: v.kind as VillageKind,
        population: v.population,
        households: v.households,
      });
      if (t.name === DEMO_TOWNSHIP && v.name === DEMO_VILLAGE) demoVillage = village;
      for (const c of v.cadres) tx.create(Cadre, { county, village, ...c, gender: c.gender as Gender });
      for (const e of v.economy) {
        tx.create(VillageEconomy, { county, village, ...e, model: e.model as CollectiveModel | null });
      }
    }
  });
  if (!demoTownship || !demoVillage) throw new Error('demo data lacks 长春堡镇 / 清塘村');

  const users: (DemoLogin & { displayName: string; township?: Township; village?: Village })[] = [
    { username: 'demo.admin', role: Role.ADMIN, scope: '七星关区', displayName: '区委组织部管理员' },
    {
      username: 'demo.clerk',
      role: Role.VILLAGE_CLERK,
      scope: DEMO_VILLAGE,
      displayName: '清塘村填报员',
      township: demoTownship,
      village: demoVillage,
    },
    {
      username: 'demo.township',
      role: Role.TOWNSHIP_OFFICER,
      scope: DEMO_TOWNSHIP,
      displayName: '长春堡镇审核员',
      township: demoTownship,
    },
    {
      username: 'demo.assessor',
      role: Role.DISTRICT_ASSESSOR,
      scope: '七星关区',
      displayName: '区考核组成员',
    },
    { username: 'demo.finance', role: Role.FINANCE_OFFICER, scope: '七星关区', displayName: '区财政局' },
    { username: 'demo.viewer', role: Role.VIEWER, scope: '七星关区', displayName: '领导小组' },
  ];
  // One hash per user: the same password must not share a salt.
  const hashes = await Promise.all(users.map(() => hashPassword(DEMO_PASSWORD)));
  for (const [i, u] of users.entries()) {
    tx.create(User, {
      county,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      passwordHash: hashes[i],
      township: u.township ?? null,
      village: u.village ?? null,
    });
  }
  await tx.flush();
  await loadDemoHistory(tx, county, registry);
  return users.map(({ username, role, scope }) => ({ username, role, scope }));
}
