import { Alert, Box, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useGetList, useGetOne, useTranslate } from 'react-admin';
import { DefinitionsStatus, useIndicatorDefinitions } from '../../indicators';
import { useApiQuery } from '../../shared/useApiQuery';
import { useWorkingYear } from '../../shared/year';
import { evaluate } from './api';
import { LabForm, type LabRun } from './LabForm';
import { LabResult, type Evaluation } from './LabResult';

const ACTIVE_SCHEME = `query LabScheme($year: Int) { activeScheme(year: $year) { id } }`;

interface SchemeRecord {
  id: string;
  name: string;
  indicators: { key: string; params: Record<string, Record<string, unknown>> }[];
}

/** One indicator of a scheme (the one in force by default), tried on typed-in values. */
export function SchemeIndicatorLab() {
  const translate = useTranslate();
  const { year } = useWorkingYear();
  const active = useApiQuery<{ activeScheme: { id: string } | null }>(ACTIVE_SCHEME, { year });
  const [chosenScheme, setChosenScheme] = useState<string>();
  const schemeId = chosenScheme ?? active.data?.activeScheme?.id;
  const { data: schemes } = useGetList<SchemeRecord>('Scheme', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'effectiveFromYear', order: 'DESC' },
  });
  const { data: scheme } = useGetOne<SchemeRecord>('Scheme', { id: schemeId ?? '' }, { enabled: !!schemeId });
  const definitions = useIndicatorDefinitions(schemeId, { enabled: !!schemeId });
  const [chosenKey, setChosenKey] = useState<string>();
  const key = chosenKey ?? definitions.data?.[0]?.key;
  const definition = key ? definitions.byKey.get(key) : undefined;
  const [result, setResult] = useState<Evaluation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  const run = async (lab: LabRun) => {
    if (!schemeId || !key) return;
    setRunning(true);
    setError(null);
    try {
      setResult(await evaluate({ key, schemeId }, lab));
    } catch (err) {
      setResult(null);
      setError((err as Error).message);
    } finally {
      setRunning(false);
    }
  };
  const choose = (next: { scheme?: string; key?: string }) => {
    if (next.scheme !== undefined) {
      setChosenScheme(next.scheme);
      setChosenKey(undefined);
    }
    if (next.key !== undefined) setChosenKey(next.key);
    setResult(null);
    setError(null);
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      {active.error ? <Alert severity="error">{active.error.message}</Alert> : null}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <TextField
          select
          size="small"
          label={translate('fanben.indicatorLab.scheme')}
          value={schemes?.some((s) => s.id === schemeId) ? schemeId : ''}
          onChange={(e) => choose({ scheme: e.target.value })}
          fullWidth={false}
          sx={{ width: 420, maxWidth: '100%' }}
        >
          {(schemes ?? []).map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('fanben.indicatorLab.indicator')}
          value={definition ? key : ''}
          onChange={(e) => choose({ key: e.target.value })}
          fullWidth={false}
          sx={{ width: 320, maxWidth: '100%' }}
        >
          {(definitions.data ?? []).map((d) => (
            <MenuItem key={d.key} value={d.key}>
              {d.title}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <DefinitionsStatus isPending={definitions.isPending} error={definitions.error} />
      {definition && scheme && scheme.id === schemeId ? (
        <LabForm
          key={`${schemeId}|${definition.key}`}
          inputs={definition.inputs}
          params={definition.params}
          paramsByTier={
            scheme.indicators.find((i) => i.key === definition.key)?.params ?? definition.defaults
          }
          running={running}
          onRun={(lab) => void run(lab)}
        />
      ) : null}
      {error ? <Alert severity="error">{error}</Alert> : null}
      {result && definition ? <LabResult result={result} params={definition.params} /> : null}
    </Box>
  );
}
