import { Box, Card, CardContent, Tab, Tabs } from '@mui/material';
import { useSearchParams } from 'react-router';
import { Title, useTranslate } from 'react-admin';
import { useWorkingYear } from '../../shared/year';
import { DepartmentReviewTab } from './DepartmentReviewTab';
import { EconomyTab } from './EconomyTab';
import { TownshipReviewTab } from './TownshipReviewTab';
import { TrainingCoverageTab } from './TrainingCoverageTab';
import { useWeights, WeightsForm } from './WeightsForm';

const TABS = ['townships', 'departments', 'trainings', 'economy'] as const;
type TabKey = (typeof TABS)[number];

/**
 * The leadership group's reviews for the working year: townships ranked (with weights one may try),
 * departments bundled with them, training coverage and the collective economy. The tab is in the
 * address, so a review can be linked to.
 */
export function ReviewsScreen() {
  const translate = useTranslate();
  const { year } = useWorkingYear();
  const weights = useWeights();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.find((k) => k === params.get('tab')) ?? 'townships';
  const id = (key: TabKey) => `reviews-tab-${key}`;
  return (
    <Box sx={{ mt: 1, mb: 2 }}>
      <Title title={translate('fanben.reviews.title', { year })} />
      <Card variant="outlined">
        <Tabs
          value={tab}
          onChange={(_, next: TabKey) => setParams({ tab: next }, { replace: true })}
          variant="scrollable"
          sx={{ borderBottom: 1, borderColor: 'divider' }}
        >
          {TABS.map((key) => (
            <Tab
              key={key}
              value={key}
              id={id(key)}
              aria-controls={`${id(key)}-panel`}
              label={translate(`fanben.reviews.tabs.${key}`)}
            />
          ))}
        </Tabs>
        <CardContent role="tabpanel" id={`${id(tab)}-panel`} aria-labelledby={id(tab)}>
          {tab === 'townships' || tab === 'departments' ? (
            <Box sx={{ mb: 1 }}>
              <WeightsForm state={weights} />
            </Box>
          ) : null}
          {tab === 'townships' ? <TownshipReviewTab year={year} weights={weights.weights} /> : null}
          {tab === 'departments' ? <DepartmentReviewTab year={year} weights={weights.weights} /> : null}
          {tab === 'trainings' ? <TrainingCoverageTab year={year} /> : null}
          {tab === 'economy' ? <EconomyTab year={year} /> : null}
        </CardContent>
      </Card>
    </Box>
  );
}
