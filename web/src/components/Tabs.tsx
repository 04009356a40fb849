// Tabs that are links: each tab is an address (bookmarkable, works with back/forward), with its count. A tab is
// the current one when the address matches its path and its query (NavLink alone looks at the path only).
import { Link, useLocation } from 'react-router';

export interface TabItem {
  to: string;
  label: string;
  count?: number;
}

function same(to: string, pathname: string, search: string): boolean {
  const target = new URL(to, 'http://x');
  const here = new URLSearchParams(search);
  if (target.pathname.replace(/\/$/, '') !== pathname.replace(/\/$/, '')) return false;
  for (const [key, value] of target.searchParams) if (here.get(key) !== value) return false;
  // A tab without a query parameter is current only when no other tab's parameter is set.
  return [...target.searchParams.keys()].length > 0 || !here.has('tab');
}

export function Tabs({ label, items }: { label: string; items: TabItem[] }) {
  const { pathname, search } = useLocation();
  return (
    <nav className="tabs" aria-label={label}>
      <ul>
        {items.map((item) => {
          const active = same(item.to, pathname, search);
          return (
            <li key={item.to}>
              <Link to={item.to} replace className={active ? 'tab active' : 'tab'} aria-current={active ? 'page' : undefined}>
                {item.label}
                {item.count !== undefined && <span className="tab-count">{item.count}</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
