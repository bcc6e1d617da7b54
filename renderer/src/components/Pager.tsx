import { useCallback, useState } from 'react';
import { useT } from '../i18n';

/**
 * Rows per page of an entry grid: a workshop's paper forms fit on one page, and a page of a
 * large import (10,000 people) stays quick to draw. Drawing every row of a large session
 * blocked the window for a minute; a page of about 500 plain fields (50 rows of 10 to 12) draws
 * in well under 200 ms. A grid whose rows cost twice that takes half a page (culture, Service
 * Excellence: see their ROWS_PER_PAGE; `npm run bench -- large` measures each first draw).
 */
export const PAGE_SIZE = 50;

export interface Paging {
  /** The page shown, 0-based, always within the pages there are. */
  page: number;
  pages: number;
  /** The rows shown: `first` up to (not including) `end`. */
  first: number;
  end: number;
  total: number;
  setPage(page: number): void;
  /** Shows the page that holds this row (0-based); a row past the end shows the last page. */
  showRow(row: number): void;
}

/** Which rows of `total` to draw; the page stays within range when rows come and go. */
export function usePaging(total: number, size = PAGE_SIZE): Paging {
  const [wanted, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(wanted, pages - 1);
  const first = page * size;
  const showRow = useCallback(
    (row: number) => setPage(Math.floor(Math.max(0, row) / size)),
    [size],
  );
  return { page, pages, first, end: Math.min(total, first + size), total, setPage, showRow };
}

interface PagerProps {
  paging: Paging;
  /** "Deelnemers 51–100 van 10.000". */
  range(from: number, to: number, total: number): string;
  previous?: string;
  next?: string;
  className?: string;
}

/** Previous / next under a grid; nothing when everything fits on one page. */
export function Pager({ paging, range, previous, next, className = 'pager' }: PagerProps) {
  const t = useT();
  if (paging.pages <= 1) return null;
  const { page, pages, first, end, total, setPage } = paging;
  return (
    <span className={className}>
      <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
        {previous ?? t('common.previous')}
      </button>
      {range(first + 1, end, total)}
      <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
        {next ?? t('common.next')}
      </button>
    </span>
  );
}
