import { downloadCSV, type Exporter, type RaRecord } from 'react-admin';
import { formatDate, formatDateTime } from '../../format';
import { formatMargin, type IndicatorDefinition } from '../../indicators';

type Translate = (key: string, options?: Record<string, unknown>) => string;

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const COLUMNS = [
  'village',
  'township',
  'year',
  'targetTier',
  'status',
  'readiness',
  'weakest',
  'submittedAt',
  'vetComment',
] as const;

/**
 * The filtered applications as CSV with Chinese headers and words (tier and status names, village and
 * township names, readiness as a percentage), not the API's codes; a BOM so Excel reads UTF-8.
 */
export function applicationExporter(
  translate: Translate,
  locale: string,
  titles: Map<string, IndicatorDefinition>,
): Exporter {
  return async (records: RaRecord[], fetchRelatedRecords) => {
    const villages = await fetchRelatedRecords<RaRecord>(records, 'villageId', 'Village');
    const townships = await fetchRelatedRecords<RaRecord>(Object.values(villages), 'townshipId', 'Township');
    const rows = records.map((r) => {
      const village = villages[r.villageId as string];
      const township = village ? townships[village.townshipId as string] : undefined;
      const cells: Record<(typeof COLUMNS)[number], unknown> = {
        village: village?.name,
        township: township?.name,
        year: r.year,
        targetTier: translate(`fanben.tier.${String(r.targetTier)}`),
        status: translate(`fanben.applicationStatus.${String(r.status)}`),
        readiness: formatMargin(r.readiness as number | null, locale),
        weakest: r.weakestIndicatorKey
          ? (titles.get(r.weakestIndicatorKey as string)?.title ?? r.weakestIndicatorKey)
          : '',
        submittedAt: r.submittedAt ? formatDateTime(r.submittedAt as string, locale) : '',
        vetComment: r.vetComment,
      };
      return COLUMNS.map((c) => csvCell(cells[c])).join(',');
    });
    const header = COLUMNS.map((c) => csvCell(translate(`fanben.application.export.${c}`))).join(',');
    const stamp = formatDate(new Date(), locale);
    downloadCSV(
      `\ufeff${[header, ...rows].join('\r\n')}`,
      `${translate('resources.Application.name', { smart_count: 2 })}-${stamp}`,
    );
  };
}
