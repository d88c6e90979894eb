import { FunctionField, ReferenceField, useTranslate, type RaRecord } from 'react-admin';
import { enumChoices } from '../../shared/EnumField';

export const tierChoices = enumChoices('tier', ['1', '2', '3']).map((c) => ({ ...c, id: Number(c.id) }));
export const planStatusChoices = enumChoices('planStatus', ['OPEN', 'WRITTEN_OFF']);

/** A plan line's three years, e.g. 2017—2019年. */
export function PeriodField(_props: { label?: string; sortBy?: string }) {
  const translate = useTranslate();
  return (
    <FunctionField
      render={(r: RaRecord) =>
        translate('fanben.plan.period', { from: r.periodStart, to: r.periodEnd ?? Number(r.periodStart) + 2 })
      }
    />
  );
}

/** The certification that wrote the line off (销账), as its year and tier, linked to it. */
export function WrittenOffByField(_props: { label?: string; sortable?: boolean }) {
  const translate = useTranslate();
  return (
    <ReferenceField source="certificationId" reference="Certification" emptyText="—">
      <FunctionField
        render={(c: RaRecord) =>
          translate('fanben.plan.certification', { year: c.year, tier: translate(`fanben.tier.${c.tier}`) })
        }
      />
    </ReferenceField>
  );
}
