import { Box, Card, CardContent, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';

/** Hidden on screen, read by screen readers (MUI's visuallyHidden). */
const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

export interface ChartTable {
  headers: string[];
  rows: (string | number)[][];
}

/**
 * A chart with its title, a one-sentence summary and the figures as a table that only screen readers
 * see: the text alternative of the picture. The chart itself is marked as an image named by the title.
 */
export function ChartCard({
  title,
  summary,
  table,
  children,
}: {
  title: string;
  summary: string;
  table: ChartTable;
  children: ReactNode;
}) {
  const titleId = useId();
  const summaryId = useId();
  return (
    <Card variant="outlined" component="section" aria-labelledby={titleId}>
      <CardContent sx={{ pb: 1 }}>
        <Typography id={titleId} variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
          {title}
        </Typography>
        <Typography id={summaryId} variant="body2" color="text.secondary">
          {summary}
        </Typography>
        <Box
          component="figure"
          sx={{ m: 0, mt: 1 }}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={summaryId}
        >
          {children}
        </Box>
        {/* A table cannot be shrunk to one pixel itself: its box is. */}
        <Box sx={visuallyHidden}>
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                {table.headers.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={j}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </Box>
      </CardContent>
    </Card>
  );
}
