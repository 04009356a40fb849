// A table over one page of server data (TanStack Table in manual mode): the server sorts and pages, the table
// shows what it was given, with sortable column headers as buttons and the paging below.
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';

export interface SortState {
  /** JSON:API sort: an attribute name, with a leading "-" for descending. */
  sort: string;
  onSort: (sort: string) => void;
}

export function DataTable<Row>({
  caption,
  columns,
  rows,
  sorting,
  rowKey,
}: {
  caption: string;
  columns: ColumnDef<Row, unknown>[];
  rows: Row[];
  sorting?: SortState;
  rowKey: (row: Row) => string;
}) {
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), manualSorting: true, manualPagination: true, getRowId: rowKey });
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sortKey = (header.column.columnDef.meta as { sort?: string } | undefined)?.sort;
                const label = flexRender(header.column.columnDef.header, header.getContext());
                if (!sortKey || !sorting) return <th key={header.id} scope="col">{label}</th>;
                const direction = sorting.sort === sortKey ? 'ascending' : sorting.sort === `-${sortKey}` ? 'descending' : 'none';
                return (
                  <th key={header.id} scope="col" aria-sort={direction}>
                    <button type="button" className="sort-button" onClick={() => sorting.onSort(direction === 'ascending' ? `-${sortKey}` : sortKey)}>
                      {label}
                      <SortIcon direction={direction} />
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} data-label={typeof cell.column.columnDef.header === 'string' ? cell.column.columnDef.header : undefined}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Drawn, not a font glyph: the arrow of the sorted column, a faint pair on the others. */
function SortIcon({ direction }: { direction: 'ascending' | 'descending' | 'none' }) {
  return (
    <svg className={`sort-icon ${direction}`} width="10" height="12" viewBox="0 0 10 12" aria-hidden="true" focusable="false">
      {direction !== 'descending' && <path d="M1.5 5L5 1.5 8.5 5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />}
      {direction !== 'ascending' && <path d="M1.5 7L5 10.5 8.5 7" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />}
    </svg>
  );
}
