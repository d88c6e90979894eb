import { Card, CardContent, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';

export function Dashboard() {
  const translate = useTranslate();
  return (
    <Card>
      <Title title={translate('fanben.title')} />
      <CardContent>
        <Typography variant="h5" component="h1">
          {translate('fanben.title')}
        </Typography>
      </CardContent>
    </Card>
  );
}
