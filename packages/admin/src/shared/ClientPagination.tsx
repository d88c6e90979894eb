import { TablePagination } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

/** Pages a list that is already in memory (a computed report): the rows to show and the pager. */
export function useClientPages<T>(rows: readonly T[], initialPerPage = 25) {
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(initialPerPage);
  // A shorter list (another year, another grouping) may end before the current page.
  const lastPage = Math.max(0, Math.ceil(rows.length / perPage) - 1);
  const current = Math.min(page, lastPage);
  return {
    rows: rows.slice(current * perPage, (current + 1) * perPage),
    pager: (
      <ClientPagination
        count={rows.length}
        page={current}
        perPage={perPage}
        onPage={setPage}
        onPerPage={(n) => {
          setPerPage(n);
          setPage(0);
        }}
      />
    ),
  };
}

function ClientPagination({
  count,
  page,
  perPage,
  onPage,
  onPerPage,
}: {
  count: number;
  page: number;
  perPage: number;
  onPage(page: number): void;
  onPerPage(perPage: number): void;
}) {
  const translate = useTranslate();
  if (count <= 10) return null;
  return (
    <TablePagination
      component="div"
      count={count}
      page={page}
      rowsPerPage={perPage}
      rowsPerPageOptions={[10, 25, 50, 100]}
      onPageChange={(_, next) => onPage(next)}
      onRowsPerPageChange={(e) => onPerPage(Number(e.target.value))}
      labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
      labelDisplayedRows={({ from, to, count: total }) =>
        translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total })
      }
      // The types are first/last/next/previous, exactly react-admin's own navigation keys.
      getItemAriaLabel={(type) => translate(`ra.navigation.${type}`)}
    />
  );
}
