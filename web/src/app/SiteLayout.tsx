// The frame of every page: a skip link, the header (where to go, who is logged in, light or dark) and the page.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useDismiss } from '../lib/dismiss';
import { displayName, useLogout, useSession } from '../lib/session';
import { applyTheme, storedTheme, type ThemeChoice } from '../lib/theme';

/** Drawn, not a font glyph: every device shows the same icon. */
function ThemeIcon({ choice }: { choice: ThemeChoice }) {
  const common = { width: 20, height: 20, viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false } as const;
  if (choice === 'dark') {
    return (
      <svg {...common}>
        <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" fill="currentColor" />
      </svg>
    );
  }
  if (choice === 'light') {
    return (
      <svg {...common}>
        <circle cx="12" cy="12" r="4.5" fill="currentColor" />
        <g stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8" />
        </g>
      </svg>
    );
  }
  return (
    <svg {...common}>
      <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12 3.5a8.5 8.5 0 0 1 0 17z" fill="currentColor" />
    </svg>
  );
}

function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
  const next: Record<ThemeChoice, ThemeChoice> = { system: 'dark', dark: 'light', light: 'system' };
  const words: Record<ThemeChoice, string> = { system: 'Theme: as the system', dark: 'Theme: dark', light: 'Theme: light' };
  return (
    <button
      type="button"
      className="icon-button"
      onClick={() => {
        const value = next[choice];
        applyTheme(value);
        setChoice(value);
      }}
      aria-label={`${words[choice]} (change)`}
      title={words[choice]}
    >
      <ThemeIcon choice={choice} />
    </button>
  );
}

function AccountMenu() {
  const { user, loading } = useSession();
  const logout = useLogout();
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => setOpen(false), [location.pathname]);
  useDismiss(open, menu, useCallback(() => setOpen(false), []));

  if (loading) return <span className="account-placeholder" />;
  if (!user) {
    const next = location.pathname === '/login' || location.pathname === '/signup' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return (
      <div className="account-links">
        <Link to={`/login${next}`}>Log in</Link>
        <Link className="button secondary small" to={`/signup${next}`}>
          Sign up
        </Link>
      </div>
    );
  }
  return (
    <div className="account-menu" ref={menu}>
      {/* Named by its visible text (the name, hidden visually on phones), so speech control can say what it shows. */}
      <button type="button" className="account-button" aria-expanded={open} aria-controls="account-menu-list" onClick={() => setOpen(!open)}>
        <span className="avatar" aria-hidden="true">
          {displayName(user).slice(0, 1).toUpperCase()}
        </span>
        <span className="account-name">{displayName(user)}</span>
        <span className="visually-hidden">, account menu</span>
      </button>
      {open && (
        <ul id="account-menu-list" className="menu-list">
          <li>
            <Link to="/my-tickets">My tickets</Link>
          </li>
          <li>
            <Link to="/manage-events">Manage events</Link>
          </li>
          <li>
            <Link to="/account">Account</Link>
          </li>
          <li>
            <button
              type="button"
              className="menu-item"
              onClick={() => logout.mutate()}
            >
              Log out
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}

export function SiteLayout() {
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  // A new page moves the focus to its content, as a full page load would, for screen readers and the keyboard.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: false });
  }, [location.pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="site-brand">
            Convene
          </Link>
          <nav aria-label="Main" className="site-nav">
            <NavLink to="/" end>
              Find events
            </NavLink>
            <NavLink to="/my-tickets">My tickets</NavLink>
            <NavLink to="/generator">Site generator</NavLink>
          </nav>
          <div className="site-tools">
            <ThemeToggle />
            <AccountMenu />
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="layout">
        <Outlet />
      </main>
    </>
  );
}
