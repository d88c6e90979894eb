import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * One figure of a report: its label, the figure, and a second reading (the same sum in 万元, or a
 * breakdown). A named region, so a reader (or a test) finds the figure by its label.
 */
export function StatCard({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) {
  return (
    <Card variant="outlined" role="region" aria-label={label}>
      <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h5" component="p" sx={{ fontWeight: 500 }}>
          {value}
        </Typography>
        {detail ? (
          <Typography variant="body2" color="text.secondary">
            {detail}
          </Typography>
        ) : null}
      </CardContent>
    </Card>
  );
}
