// Paging below a list the server pages: where the person is, and the way to the previous and next page. Apart
// from DataTable, so pages that list without a table (the home page) do not load the table library.
export function Pagination({ page, pageSize, total, onPage, label }: { page: number; pageSize: number; total: number; onPage: (page: number) => void; label: string }) {
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (total <= pageSize) return <p className="paging-summary">{total === 1 ? '1 result' : `${total} results`}</p>;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={label}>
      <p className="paging-summary">
        {from}–{to} of {total}
      </p>
      <button type="button" className="button quiet" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span aria-current="page">
        Page {page} of {last}
      </span>
      <button type="button" className="button quiet" disabled={page >= last} onClick={() => onPage(page + 1)}>
        Next
      </button>
    </nav>
  );
}
