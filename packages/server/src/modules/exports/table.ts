import ExcelJS from 'exceljs';

export interface Column {
  header: string;
  key: string;
  width?: number;
  /** Whole yuan: formatted with thousands separators in XLSX. */
  money?: boolean;
}

/** A named sheet of rows with Chinese headers: what every export is made of. */
export interface Table {
  sheet: string;
  columns: Column[];
  rows: Record<string, string | number | null>[];
  /** A last row of totals, keyed like the rows. */
  totals?: Record<string, string | number | null>;
}

function workbookOf(tables: Table[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Fanben 范本';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet);
    sheet.columns = table.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 14 }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of table.rows) sheet.addRow(row);
    if (table.totals) sheet.addRow(table.totals).font = { bold: true };
    table.columns.forEach((c, i) => {
      if (c.money) sheet.getColumn(i + 1).numFmt = '#,##0';
    });
  }
  return workbook;
}

export async function toXlsx(tables: Table[]): Promise<Buffer> {
  return Buffer.from(await workbookOf(tables).xlsx.writeBuffer());
}

/** The first table as CSV, UTF-8 with a byte-order mark so spreadsheet programs read the Chinese right. */
export async function toCsv(tables: Table[]): Promise<Buffer> {
  const csv = await workbookOf(tables.slice(0, 1)).csv.writeBuffer();
  return Buffer.concat([Buffer.from('\uFEFF', 'utf8'), Buffer.from(csv)]);
}
