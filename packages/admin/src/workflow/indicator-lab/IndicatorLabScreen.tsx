import { Box, Card, CardContent, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { FormulaLab } from './FormulaLab';
import { SchemeIndicatorLab } from './SchemeIndicatorLab';

type Mode = 'scheme' | 'formula';

/** Try an indicator — a scheme's, or a formula being written — on values typed in. A dry run. */
export function IndicatorLabScreen() {
  const translate = useTranslate();
  const [mode, setMode] = useState<Mode>('scheme');
  return (
    <Box sx={{ mt: 1, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title={translate('fanben.indicatorLab.title')} />
      <Typography variant="body2" color="text.secondary">
        {translate('fanben.indicatorLab.intro')}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="body2" id="lab-mode">
          {translate('fanben.indicatorLab.mode.label')}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={mode}
          onChange={(_, next: Mode | null) => next && setMode(next)}
          aria-labelledby="lab-mode"
        >
          <ToggleButton value="scheme">{translate('fanben.indicatorLab.mode.scheme')}</ToggleButton>
          <ToggleButton value="formula">{translate('fanben.indicatorLab.mode.formula')}</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      <Card variant="outlined">
        <CardContent>{mode === 'scheme' ? <SchemeIndicatorLab /> : <FormulaLab />}</CardContent>
      </Card>
    </Box>
  );
}
