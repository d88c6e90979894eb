import type { TierCost, WhatIfResult, WhatIfVillage } from './api';

export interface TierComparison {
  tier: number | 'sum';
  current: Omit<TierCost, 'tier'>;
  scenario: Omit<TierCost, 'tier'>;
}

const costs = (r: WhatIfResult, tier: number) =>
  r.byTier.find((t) => t.tier === tier) ?? { tier, villageCount: 0, cadreCount: 0, total: 0 };

/** Per tier and in total: what the scheme yields next to what the changed scheme would. */
export function compareByTier(current: WhatIfResult, scenario: WhatIfResult): TierComparison[] {
  const rows: TierComparison[] = [1, 2, 3].map((tier) => ({
    tier,
    current: costs(current, tier),
    scenario: costs(scenario, tier),
  }));
  const total = (r: WhatIfResult) => ({
    villageCount: r.villageCount,
    cadreCount: r.cadreCount,
    total: r.total,
  });
  return [...rows, { tier: 'sum', current: total(current), scenario: total(scenario) }];
}

export interface VillageComparison extends WhatIfVillage {
  /** The tier the village passes under the scheme as it is; 0 for none. */
  currentTier: number;
}

/**
 * Every village that passes under either: the what-if's villages (in its order, highest tier first),
 * then those that pass today but would not any more (tier 0, nothing owed).
 */
export function compareVillages(current: WhatIfResult, scenario: WhatIfResult): VillageComparison[] {
  const currentTier = new Map(current.villages.map((v) => [v.villageId, v.tier]));
  const inScenario = new Set(scenario.villages.map((v) => v.villageId));
  return [
    ...scenario.villages.map((v) => ({ ...v, currentTier: currentTier.get(v.villageId) ?? 0 })),
    ...current.villages
      .filter((v) => !inScenario.has(v.villageId))
      .map((v) => ({ ...v, tier: 0, total: 0, nextTierMargin: null, currentTier: v.tier })),
  ];
}
