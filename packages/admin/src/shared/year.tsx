import { MenuItem, TextField } from '@mui/material';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';

const KEY = 'fanben.year';

interface WorkingYear {
  year: number;
  setYear(year: number): void;
}

const YearContext = createContext<WorkingYear>({ year: new Date().getFullYear(), setYear: () => undefined });

/**
 * The year the user works on (applications, statements, plans). It starts at the latest year that has
 * applications — a county's current round — unless the user picked one; the choice is remembered.
 */
export function WorkingYearProvider({ children }: { children: ReactNode }) {
  const dataProvider = useDataProvider();
  const stored = Number(localStorage.getItem(KEY)) || undefined;
  const [year, setYearState] = useState<number>(stored ?? new Date().getFullYear());
  useEffect(() => {
    if (stored) return;
    dataProvider
      .getList('Application', {
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'year', order: 'DESC' },
        filter: {},
      })
      .then(({ data }) => {
        if (data[0]?.year) setYearState(data[0].year as number);
      })
      .catch(() => undefined);
  }, [dataProvider, stored]);
  const setYear = (next: number) => {
    localStorage.setItem(KEY, String(next));
    setYearState(next);
  };
  return <YearContext.Provider value={{ year, setYear }}>{children}</YearContext.Provider>;
}

export const useWorkingYear = () => useContext(YearContext);

/** The working-year picker shown in the app bar. */
export function YearSelect() {
  const { year, setYear } = useWorkingYear();
  const translate = useTranslate();
  const now = new Date().getFullYear();
  const years = Array.from(new Set([...Array.from({ length: now - 2013 }, (_, i) => 2014 + i), year])).sort(
    (a, b) => b - a,
  );
  return (
    <TextField
      select
      size="small"
      label={translate('fanben.common.workingYear')}
      value={year}
      onChange={(e) => setYear(Number(e.target.value))}
      sx={{
        minWidth: 110,
        mr: 1,
        '& .MuiInputBase-root': { color: 'inherit' },
        '& label': { color: 'inherit' },
      }}
      slotProps={{ htmlInput: { 'data-testid': 'working-year' } }}
    >
      {years.map((y) => (
        <MenuItem key={y} value={y}>
          {y}
        </MenuItem>
      ))}
    </TextField>
  );
}
