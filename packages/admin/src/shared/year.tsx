import { MenuItem, TextField } from '@mui/material';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { callApi, session } from '../dataProvider';

interface WorkingYear {
  year: number;
  setYear(year: number): void;
}

const YearContext = createContext<WorkingYear>({ year: new Date().getFullYear(), setYear: () => undefined });

/** Remembered per user: people sharing an office computer each keep their own year. */
const storageKey = () => `fanben.year.${session.user()?.id ?? 'anonymous'}`;

/**
 * The year the user works on (applications, statements, plans). It starts at the county's current
 * round (`currentRound`: the latest year any village applied for) unless the user picked another one.
 */
export function WorkingYearProvider({ children }: { children: ReactNode }) {
  const stored = Number(localStorage.getItem(storageKey())) || undefined;
  const [year, setYearState] = useState<number>(stored ?? new Date().getFullYear());
  useEffect(() => {
    if (stored) return;
    callApi<{ currentRound: number }>('query CurrentRound { currentRound }')
      .then(({ currentRound }) => setYearState(currentRound))
      .catch(() => undefined);
  }, [stored]);
  const setYear = (next: number) => {
    localStorage.setItem(storageKey(), String(next));
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
      variant="standard"
      margin="none"
      fullWidth={false}
      label={translate('fanben.common.workingYear')}
      value={year}
      onChange={(e) => setYear(Number(e.target.value))}
      sx={{
        width: 96,
        flexShrink: 0,
        '& .MuiInputBase-root, & .MuiSvgIcon-root': { color: 'inherit' },
        '& .MuiInputBase-root::before': { borderColor: 'rgba(255,255,255,0.6)' },
        '& label, & label.Mui-focused': { color: 'inherit', opacity: 0.85 },
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
