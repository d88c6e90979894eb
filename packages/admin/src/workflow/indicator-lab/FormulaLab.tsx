import BuildIcon from '@mui/icons-material/Build';
import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { evaluate } from './api';
import { EXAMPLE_FORMULA, parseFormula } from './formula';
import { LabForm, type LabRun } from './LabForm';
import { LabResult, type Evaluation } from './LabResult';

/**
 * A formula indicator written here and tried at once (evaluateIndicator's `formula`): the inputs and
 * params are generated from the definition; the server checks it and reports problems by path.
 */
export function FormulaLab() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [text, setText] = useState(() => JSON.stringify(EXAMPLE_FORMULA, null, 2));
  const [applied, setApplied] = useState({ text, round: 0 });
  const parsed = useMemo(() => parseFormula(applied.text, locale), [applied.text, locale]);
  const [result, setResult] = useState<Evaluation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  const run = async (lab: LabRun) => {
    if (!parsed.ok) return;
    setRunning(true);
    setError(null);
    try {
      setResult(await evaluate({ formula: parsed.formula.definition }, lab));
    } catch (err) {
      setResult(null);
      setError((err as Error).message);
    } finally {
      setRunning(false);
    }
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <TextField
        label={translate('fanben.indicatorLab.formula')}
        helperText={translate('fanben.indicatorLab.formulaHelp')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        multiline
        minRows={10}
        maxRows={24}
        fullWidth
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } } }}
      />
      <Box>
        <Button
          variant="outlined"
          startIcon={<BuildIcon />}
          onClick={() => {
            setApplied((a) => ({ text, round: a.round + 1 }));
            setResult(null);
            setError(null);
          }}
        >
          {translate('fanben.indicatorLab.apply')}
        </Button>
      </Box>
      {parsed.ok ? (
        <>
          <Typography variant="h6" component="h2">
            {parsed.formula.title}
          </Typography>
          <LabForm
            key={applied.round}
            inputs={parsed.formula.inputs}
            params={parsed.formula.params}
            paramsByTier={parsed.formula.defaults}
            running={running}
            onRun={(lab) => void run(lab)}
          />
        </>
      ) : (
        <Alert severity="error">
          {translate('fanben.indicatorLab.formulaInvalid', { message: parsed.error })}
        </Alert>
      )}
      {error ? <Alert severity="error">{error}</Alert> : null}
      {result && parsed.ok ? <LabResult result={result} params={parsed.formula.params} /> : null}
    </Box>
  );
}
