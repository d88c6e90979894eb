import AutorenewIcon from '@mui/icons-material/Autorenew';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import { Alert, Button } from '@mui/material';
import { useState } from 'react';
import { Confirm, useTranslate } from 'react-admin';
import { generateStatement, type GenerateOutcome } from './api';

type Run = 'generate' | 'regenerate';

/**
 * "Generate" freezes the year's lines; "regenerate" refreshes the unpaid ones. Both ask first, and
 * afterwards say what happened — a second "generate" creating nothing is worth saying.
 */
export function GenerateActions({
  year,
  hasLines,
  onDone,
}: {
  year: number;
  hasLines: boolean;
  onDone(): void;
}) {
  const translate = useTranslate();
  const [asking, setAsking] = useState<Run | null>(null);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<{ run: Run; outcome: GenerateOutcome } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (which: Run) => {
    setRunning(true);
    setError(null);
    setResult(null);
    try {
      const outcome = await generateStatement(year, which === 'regenerate');
      setResult({ run: which, outcome });
      onDone();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setRunning(false);
      setAsking(null);
    }
  };

  const message = (r: { run: Run; outcome: GenerateOutcome }) => {
    if (r.run === 'regenerate') return translate('fanben.statement.result.regenerated', r.outcome);
    return r.outcome.created > 0
      ? translate('fanben.statement.result.created', r.outcome)
      : translate('fanben.statement.result.nothingNew', r.outcome);
  };

  return (
    <>
      <Button
        variant="contained"
        startIcon={<PlaylistAddCheckIcon />}
        onClick={() => setAsking('generate')}
        disabled={running}
      >
        {translate('fanben.statement.actions.generate')}
      </Button>
      {hasLines ? (
        <Button
          variant="outlined"
          startIcon={<AutorenewIcon />}
          onClick={() => setAsking('regenerate')}
          disabled={running}
        >
          {translate('fanben.statement.actions.regenerate')}
        </Button>
      ) : null}
      <Confirm
        isOpen={asking !== null}
        loading={running}
        title={translate(`fanben.statement.confirm.${asking ?? 'generate'}Title`, { year })}
        content={translate(`fanben.statement.confirm.${asking ?? 'generate'}Content`)}
        onConfirm={() => asking && void run(asking)}
        onClose={() => setAsking(null)}
      />
      {result ? (
        <Alert
          severity={
            result.outcome.created + result.outcome.updated + result.outcome.removed > 0 ? 'success' : 'info'
          }
          role="status"
          sx={{ flexBasis: '100%' }}
        >
          {message(result)}
        </Alert>
      ) : null}
      {error ? (
        <Alert severity="error" sx={{ flexBasis: '100%' }}>
          {error}
        </Alert>
      ) : null}
    </>
  );
}
