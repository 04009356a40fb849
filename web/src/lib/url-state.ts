// What a person would bookmark or share lives in the URL: search text, sort, page.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export function useQueryParam(name: string, fallback = ''): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(name) ?? fallback;
  const set = useCallback(
    (next: string) =>
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          if (next === '' || next === fallback) copy.delete(name);
          else copy.set(name, next);
          if (name !== 'page') copy.delete('page');
          return copy;
        },
        { replace: true },
      ),
    [name, fallback, setParams],
  );
  return [value, set];
}

/** What a list shows, as its address says: the tab (in the path), ?q= search, ?sort= and ?page=. */
export interface ListView<Tab extends string> {
  tab: Tab;
  search: string;
  sort: string;
  page: number;
}

export function listViewOf<Tab extends string>(tab: Tab, params: URLSearchParams): ListView<Tab> {
  return { tab, search: params.get('q') ?? '', sort: params.get('sort') ?? '', page: Math.max(1, Number(params.get('page') ?? 1) || 1) };
}

/** The list view of the current address, and how to change its sort and page. */
export function useListView<Tab extends string>(tab: Tab): { view: ListView<Tab>; setSort: (sort: string) => void; setPage: (page: number) => void } {
  const [params] = useSearchParams();
  const [, setSort] = useQueryParam('sort');
  const [, setPageText] = useQueryParam('page', '1');
  const setPage = useCallback((page: number) => setPageText(String(page)), [setPageText]);
  return { view: listViewOf(tab, params), setSort, setPage };
}
