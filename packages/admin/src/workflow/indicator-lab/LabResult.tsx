import { Card, CardContent, Chip, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatFieldValue, formatMargin, type FieldDescription } from '../../indicators';

export interface Evaluation {
  indicatorKey: string;
  tier: number;
  passed: boolean;
  margin: number;
  reason: string;
  params: Record<string, unknown>;
}

/** Passed or not, by how much, why, and with which params. */
export function LabResult({ result, params }: { result: Evaluation; params: FieldDescription[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const words = { locale, yes: translate('fanben.yes'), no: translate('fanben.no') };
  const t = (key: string) => translate(`fanben.indicatorLab.${key}`);
  return (
    <Card variant="outlined" role="region" aria-label={t('result')}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
          {t('result')} · {translate(`fanben.tier.${result.tier}`)}
        </Typography>
        <Table size="small" sx={{ maxWidth: 760 }}>
          <TableBody>
            <TableRow>
              <TableCell component="th" sx={{ width: 140 }}>
                {t('result')}
              </TableCell>
              <TableCell>
                <Chip
                  color={result.passed ? 'success' : 'error'}
                  label={result.passed ? t('passed') : t('failed')}
                  size="small"
                />
              </TableCell>
            </TableRow>
            <TableRow>
              <TableCell component="th">{t('margin')}</TableCell>
              <TableCell>{formatMargin(result.margin, locale)}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell component="th">{t('reason')}</TableCell>
              <TableCell>{result.reason}</TableCell>
            </TableRow>
            {params.length > 0 ? (
              <TableRow>
                <TableCell component="th">{t('paramsUsed')}</TableCell>
                <TableCell>
                  {params.map((field) => (
                    <div key={field.name}>
                      {translate('fanben.indicatorLab.labelled', {
                        label: field.label,
                        value: formatFieldValue(field, result.params[field.name], words),
                      })}
                    </div>
                  ))}
                </TableCell>
              </TableRow>
            ) : null}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
