import DownloadIcon from '@mui/icons-material/GetApp';
import { useMemo, useState } from 'react';
import {
  Button,
  downloadCSV,
  fetchRelatedRecords,
  useDataProvider,
  useListContext,
  useNotify,
  useTranslate,
  type DataProvider,
  type Exporter,
  type RaRecord,
} from 'react-admin';

/** The API serves at most 500 rows a page (list-args.ts); exports page through at that size. */
const PAGE = 500;
/** A county has a few thousand rows at most in any list; beyond this an export is a mistake. */
const MAX_ROWS = 20_000;

type Translate = ReturnType<typeof useTranslate>;
/** Related records by the column key given in `relations`, each indexed by id. */
export type Related = Record<string, Record<string, RaRecord>>;

export interface CsvColumn {
  /** A message key for the header, e.g. `resources.Village.fields.name`. */
  label: string;
  value(record: RaRecord, context: { related: Related; translate: Translate }): unknown;
}

/** The records a column reads through a reference: key → [the record's id field, the resource]. */
export type CsvRelations = Record<string, [field: string, resource: string]>;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join('、') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with a byte-order mark, so spreadsheet programs read the Chinese as UTF-8. */
export function toCsv(headers: string[], rows: unknown[][]): string {
  return `\uFEFF${[headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Every record the rows name in `field` (one id or a list of ids), fetched by getMany in pages. */
async function fetchRelated(
  dataProvider: DataProvider,
  records: RaRecord[],
  field: string,
  resource: string,
): Promise<Record<string, RaRecord>> {
  const ids = [...new Set(records.flatMap((r) => (Array.isArray(r[field]) ? r[field] : [r[field]])))].filter(
    (id) => id !== null && id !== undefined,
  );
  const out: Record<string, RaRecord> = {};
  for (let i = 0; i < ids.length; i += PAGE) {
    const { data } = await dataProvider.getMany(resource, { ids: ids.slice(i, i + PAGE) });
    for (const record of data) out[String(record.id)] = record;
  }
  return out;
}

/**
 * A react-admin exporter writing a CSV with headers in the console's language and readable values
 * (names instead of ids, 是/否, enum labels). `fileName` is a message key too.
 */
export function useCsvExporter(
  fileName: string,
  columns: CsvColumn[],
  relations: CsvRelations = {},
): Exporter {
  const translate = useTranslate();
  return useMemo<Exporter>(
    () => async (records, _fetchRelated, dataProvider) => {
      const related: Related = {};
      for (const [key, [field, resource]] of Object.entries(relations)) {
        related[key] = await fetchRelated(dataProvider, records, field, resource);
      }
      const headers = columns.map((c) => translate(c.label));
      const rows = records.map((r) => columns.map((c) => c.value(r, { related, translate })));
      downloadCSV(toCsv(headers, rows), translate(fileName));
    },
    [translate, fileName, columns, relations],
  );
}

/**
 * The list's export, of every row the filters select (react-admin's own button asks for 1,000 rows in
 * one page, more than the API serves), through the list's exporter.
 */
export function ExportAllButton() {
  const { filter, filterValues, resource, sort, exporter, total } = useListContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  if (!exporter) return null;
  const run = async () => {
    setBusy(true);
    try {
      const rows: RaRecord[] = [];
      for (let page = 1; rows.length < MAX_ROWS; page += 1) {
        const { data, total: all } = await dataProvider.getList(resource, {
          sort,
          filter: { ...filterValues, ...filter },
          pagination: { page, perPage: PAGE },
        });
        rows.push(...data);
        if (data.length < PAGE || rows.length >= (all ?? 0)) break;
      }
      await exporter(rows, fetchRelatedRecords(dataProvider), dataProvider, resource);
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="ra.action.export" onClick={() => void run()} disabled={busy || total === 0}>
      <DownloadIcon />
    </Button>
  );
}
