import { Box, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { DEFAULT_WEIGHTS, WEIGHT_KEYS, type Weights } from './api';

type Texts = Record<keyof Weights, string>;

const textsOf = (w: Weights): Texts => Object.fromEntries(WEIGHT_KEYS.map((k) => [k, String(w[k])])) as Texts;

/** A weight as the server accepts it: a finite number, 0 or more. */
const parse = (text: string): number | null => {
  const value = text.trim() === '' ? NaN : Number(text);
  return Number.isFinite(value) && value >= 0 ? value : null;
};

export interface WeightsState {
  texts: Texts;
  /** The last weights whose every field was valid: what the reviews are computed with. */
  weights: Weights;
  setText(key: keyof Weights, text: string): void;
  reset(): void;
}

/** The review weights being edited; the reviews follow them once every field holds a valid number. */
export function useWeights(): WeightsState {
  const [texts, setTexts] = useState<Texts>(() => textsOf(DEFAULT_WEIGHTS));
  const [weights, setWeights] = useState<Weights>(DEFAULT_WEIGHTS);
  const apply = (next: Texts) => {
    setTexts(next);
    const parsed = WEIGHT_KEYS.map((k) => parse(next[k]));
    if (parsed.every((v) => v !== null))
      setWeights(Object.fromEntries(WEIGHT_KEYS.map((k, i) => [k, parsed[i]])) as unknown as Weights);
  };
  return {
    texts,
    weights,
    setText: (key, text) => apply({ ...texts, [key]: text }),
    reset: () => apply(textsOf(DEFAULT_WEIGHTS)),
  };
}

/** The four weights of the township review (default 40/30/10/20), each a labelled number field. */
export function WeightsForm({ state }: { state: WeightsState }) {
  const translate = useTranslate();
  const max = WEIGHT_KEYS.reduce((n, k) => n + state.weights[k], 0);
  return (
    <Box component="fieldset" sx={{ border: 0, m: 0, p: 0 }}>
      <Typography component="legend" variant="subtitle2">
        {translate('fanben.reviews.weights.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('fanben.reviews.weights.help', { max })}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'flex-start' }}>
        {WEIGHT_KEYS.map((key) => {
          const invalid = parse(state.texts[key]) === null;
          return (
            <TextField
              key={key}
              size="small"
              type="number"
              label={translate(`fanben.reviews.weights.${key}`)}
              value={state.texts[key]}
              onChange={(e) => state.setText(key, e.target.value)}
              error={invalid}
              helperText={invalid ? translate('fanben.reviews.weights.invalid') : ' '}
              slotProps={{ htmlInput: { min: 0, step: 5 } }}
              sx={{ width: 170 }}
            />
          );
        })}
        <Button onClick={state.reset} sx={{ mt: 0.5 }}>
          {translate('fanben.reviews.weights.reset')}
        </Button>
      </Box>
    </Box>
  );
}
