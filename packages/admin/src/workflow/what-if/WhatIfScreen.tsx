import { Alert, Box, Card, CardContent, LinearProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { callApi } from '../../dataProvider';
import { DefinitionsStatus, useIndicatorDefinitions } from '../../indicators';
import { useApiQuery } from '../../shared/useApiQuery';
import { useWorkingYear } from '../../shared/year';
import {
  BASELINE_QUERY,
  WHAT_IF_QUERY,
  changedParams,
  scenarioTiers,
  type BaselineData,
  type ScenarioForm as ScenarioValues,
  type WhatIfResult,
} from './api';
import { ScenarioForm } from './ScenarioForm';
import { TierComparisonTable, VillageComparisonTable } from './WhatIfResults';

interface Scenario {
  year: number;
  result: WhatIfResult;
  amountsChanged: boolean;
  indicatorsChanged: number;
}

/** What if the amounts or thresholds changed: re-evaluated and priced by the server, nothing saved. */
export function WhatIfScreen() {
  const translate = useTranslate();
  const { year } = useWorkingYear();
  const baseline = useApiQuery<BaselineData>(BASELINE_QUERY, { year });
  const current = baseline.data?.whatIf.year === year ? baseline.data : undefined;
  const scheme = current?.activeScheme ?? null;
  const definitions = useIndicatorDefinitions(scheme?.id, { enabled: !!scheme });
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [formRound, setFormRound] = useState(0);

  const run = async (values: ScenarioValues) => {
    if (!scheme) return;
    setRunning(true);
    setError(null);
    try {
      const tiers = scenarioTiers(scheme, values);
      const params = changedParams(scheme, definitions.byKey, values);
      const { whatIf } = await callApi<{ whatIf: WhatIfResult }>(WHAT_IF_QUERY, {
        year,
        tiers,
        params: params ?? null,
      });
      setScenario({
        year,
        result: whatIf,
        amountsChanged: tiers.some(
          (t, i) =>
            t.cadreReward !== scheme.tiers[i].cadreReward || t.activityFund !== scheme.tiers[i].activityFund,
        ),
        indicatorsChanged: Object.keys(params ?? {}).length,
      });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setRunning(false);
    }
  };
  const shown = scenario?.year === year ? scenario : null;

  return (
    <Box sx={{ mt: 1, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title={translate('fanben.whatIf.title', { year })} />
      <Alert severity="info">{translate('fanben.whatIf.notSaved', { year })}</Alert>
      {baseline.loading ? <LinearProgress /> : null}
      {baseline.error ? <Alert severity="error">{baseline.error.message}</Alert> : null}
      {current && !scheme ? (
        <Alert severity="warning">{translate('fanben.whatIf.noScheme', { year })}</Alert>
      ) : null}
      {scheme ? (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('fanben.whatIf.scheme', { name: scheme.name })}
            </Typography>
            <DefinitionsStatus isPending={definitions.isPending} error={definitions.error} />
            {definitions.data ? (
              <ScenarioForm
                key={`${scheme.id}-${formRound}`}
                scheme={scheme}
                definitions={definitions.data}
                running={running}
                onRun={(values) => void run(values)}
                onReset={() => {
                  setFormRound((n) => n + 1);
                  setScenario(null);
                }}
              />
            ) : null}
          </CardContent>
        </Card>
      ) : null}
      {running ? <LinearProgress /> : null}
      {error ? <Alert severity="error">{error}</Alert> : null}
      {current && shown ? (
        <Card variant="outlined">
          <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
            <Box>
              <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
                {translate('fanben.whatIf.results')}
              </Typography>
              <Typography variant="body2" color="text.secondary" role="status">
                {translate('fanben.whatIf.changed', {
                  amounts: translate(
                    shown.amountsChanged ? 'fanben.whatIf.amountsChanged' : 'fanben.whatIf.amountsSame',
                  ),
                  count: shown.indicatorsChanged,
                })}
              </Typography>
            </Box>
            <TierComparisonTable current={current.whatIf} scenario={shown.result} />
            {shown.result.skipped > 0 ? (
              <Typography variant="body2" color="text.secondary">
                {translate('fanben.whatIf.skipped', { count: shown.result.skipped })}
              </Typography>
            ) : null}
            <VillageComparisonTable current={current.whatIf} scenario={shown.result} />
          </CardContent>
        </Card>
      ) : null}
    </Box>
  );
}
