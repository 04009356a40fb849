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
