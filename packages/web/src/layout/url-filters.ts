import { useSearchParams } from 'react-router-dom';

/** List filters kept in the URL (docs/ux.md "List → detail"): read them from the query, set or clear one. */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value?: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return { params, set };
}
