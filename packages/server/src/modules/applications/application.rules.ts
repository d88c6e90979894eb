import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale, TierLevel } from '@fanben/plugin-sdk';
import type { IndicatorRegistry } from '../../county/indicator-registry.js';
import { AppError } from '../../graphql/errors.js';
import { CertificationStatus, Certification } from '../certifications/certification.entity.js';
import {
  evaluateAll,
  readinessOf,
  resolveIndicators,
  weakestFirst,
  type Evaluation,
} from '../schemes/evaluation.js';
import { SchemeIndicator } from '../schemes/scheme-indicator.entity.js';
import type { Scheme } from '../schemes/scheme.entity.js';
import { tierOf } from '../schemes/scheme.service.js';
import type { Application } from './application.entity.js';

/** Tier N > 1 needs a certification at tier ≥ N−1 active for the year or the year before (a scheme rule). */
export async function checkPreviousTier(
  tx: EntityManager,
  scheme: Scheme,
  villageId: string,
  year: number,
  tier: number,
): Promise<void> {
  tierOf(scheme, tier);
  if (tier === 1 || !scheme.rules.requirePreviousTier) return;
  const held = await tx.count(Certification, {
    village: villageId,
    status: CertificationStatus.ACTIVE,
    tier: { $gte: tier - 1 },
    year: { $in: [year - 1, year] },
  });
  if (held === 0) {
    throw new AppError(
      'INVALID_STATE',
      `A village may apply for tier ${tier} only while it holds tier ${tier - 1} (certified for ${year - 1} or ${year}).`,
      { field: 'targetTier' },
    );
  }
}

/** The declared values evaluated at the target tier with the application's scheme. */
export async function evaluateDeclared(
  tx: EntityManager,
  registry: IndicatorRegistry,
  app: Pick<Application, 'scheme' | 'targetTier' | 'declaredValues'>,
  locale: Locale,
): Promise<{ evaluations: Evaluation[]; plan: string[] }> {
  const rows = await tx.find(SchemeIndicator, { scheme: app.scheme.id }, { orderBy: { position: 'asc' } });
  const indicators = resolveIndicators(registry, rows);
  const evaluations = evaluateAll(indicators, app.targetTier as TierLevel, app.declaredValues ?? {}, {
    locale,
    argument: 'declaredValues',
  });
  return { evaluations, plan: weakestFirst(evaluations, indicators) };
}

/** Keeps readiness and the weakest indicator in step with the declared values. */
export async function refreshReadiness(
  tx: EntityManager,
  registry: IndicatorRegistry,
  app: Application,
  locale: Locale,
): Promise<Evaluation[]> {
  const { evaluations, plan } = await evaluateDeclared(tx, registry, app, locale);
  app.readiness = readinessOf(evaluations);
  app.weakestIndicatorKey = plan[0] ?? null;
  return evaluations;
}
