import DownloadIcon from '@mui/icons-material/Download';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { downloadExport } from '../../shared/download';

const FORMATS = [
  { ext: 'xlsx', label: 'downloadXlsx' },
  { ext: 'csv', label: 'downloadCsv' },
] as const;

/** The frozen statement as the server exports it (Chinese headers), saved as e.g. 2016年奖励发放表.xlsx. */
export function DownloadButtons({ year }: { year: number }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async (ext: string) => {
    setBusy(true);
    try {
      const fileName = `${translate('fanben.statement.fileName', { year })}.${ext}`;
      await downloadExport(`payouts.${ext}`, { year }, fileName);
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {FORMATS.map(({ ext, label }) => (
        <Button key={ext} startIcon={<DownloadIcon />} disabled={busy} onClick={() => void download(ext)}>
          {translate(`fanben.statement.actions.${label}`)}
        </Button>
      ))}
    </>
  );
}
