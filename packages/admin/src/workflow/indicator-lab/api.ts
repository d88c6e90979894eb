import { callApi } from '../../dataProvider';
import type { LabRun } from './LabForm';
import type { Evaluation } from './LabResult';

const EVALUATE = `query EvaluateIndicator(
  $tier: Int!, $values: JSONObject!, $key: String, $schemeId: ID, $params: JSONObject, $formula: JSONObject
) {
  evaluateIndicator(
    tier: $tier, values: $values, key: $key, schemeId: $schemeId, params: $params, formula: $formula
  ) { indicatorKey tier passed margin reason params }
}`;

/** The dry run: a scheme's indicator by key, or an unsaved formula definition. */
export async function evaluate(
  target: { key: string; schemeId: string } | { formula: Record<string, unknown> },
  run: LabRun,
): Promise<Evaluation> {
  const { evaluateIndicator } = await callApi<{ evaluateIndicator: Evaluation }>(EVALUATE, {
    tier: run.tier,
    values: run.values,
    params: run.params,
    ...('formula' in target ? { formula: target.formula } : { key: target.key, schemeId: target.schemeId }),
  });
  return evaluateIndicator;
}
