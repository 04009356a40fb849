// A page's heading and the document title together, so every view says where the person is.
import { useEffect, type ReactNode } from 'react';

export function Page({ title, lede, actions, children, width }: { title: string; lede?: ReactNode; actions?: ReactNode; children?: ReactNode; width?: 'narrow' | 'wide' }) {
  useEffect(() => {
    document.title = `${title} · Convene`;
  }, [title]);
  return (
    <div className={`page ${width === 'narrow' ? 'page-narrow' : ''}`}>
      <header className="page-head">
        <div>
          <h1>{title}</h1>
          {lede && <p className="lede">{lede}</p>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </header>
      {children}
    </div>
  );
}
