/**
 * Declared values that pass every default indicator at tier 1 with known margins (in brackets), so
 * tests can predict the weakest-first plan:
 * appearance 0.214 < per-capita 0.2245 < ten-ups 0.25 < collective 0.5 < public-security 0.667
 * < service-system 1 = petitions 1 = self-governance 1 = specialty 1 (scheme order) < cultural 1.5.
 */
export function passingValues(overrides: Record<string, Record<string, unknown>> = {}) {
  return {
    'organization.ten-ups': {
      venue: true,
      redFlag: true,
      equipment: true,
      canteen: true,
      rules: true,
      activities: true,
      seals: true,
      services: true,
      affairsDeliberation: true,
      industry: true,
    },
    'organization.service-system': { partyCore: true, serviceOrganizations: 4, serviceItems: 12 },
    'environment.appearance': { greeningRate: 45, lightingCoverage: 90, sanitationScore: 85 },
    'civility.public-security': { majorIncidents: 0, criminalCases: 1 },
    'civility.petitions': { escalatedPetitions: 0, unresolvedPetitions: 0 },
    'civility.self-governance': { hasVillageRules: true, affairsPublished: true, villagersAssemblies: 5 },
    'civility.cultural-life': { culturalEvents: 10, moralLectures: 5 },
    'industry.collective-income': { operatingIncome: 45000, accumulation: 60000, model: 'ASSETS' },
    'industry.per-capita-income': { perCapitaDisposableIncome: 9000 },
    'industry.specialty': { specialtyIndustries: 2, cooperatives: 2 },
    ...overrides,
  };
}

export const EXPECTED_TIER1_PLAN = [
  'environment.appearance',
  'industry.per-capita-income',
  'organization.ten-ups',
  'industry.collective-income',
  'civility.public-security',
  'organization.service-system',
  'civility.petitions',
  'civility.self-governance',
  'industry.specialty',
  'civility.cultural-life',
];

export const DEFAULT_KEYS = [
  'organization.ten-ups',
  'organization.service-system',
  'environment.appearance',
  'civility.public-security',
  'civility.petitions',
  'civility.self-governance',
  'civility.cultural-life',
  'industry.collective-income',
  'industry.per-capita-income',
  'industry.specialty',
];
