import type { ButtonHTMLAttributes } from 'react';
import { Link, type LinkProps } from 'react-router';

type Variant = 'primary' | 'secondary' | 'quiet' | 'danger';

export function Button({ variant = 'primary', busy, children, className, ...button }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; busy?: boolean }) {
  return (
    <button type="button" {...button} className={`button ${variant} ${className ?? ''}`} disabled={busy || button.disabled} aria-busy={busy || undefined}>
      {children}
    </button>
  );
}

export function ButtonLink({ variant = 'primary', className, ...link }: LinkProps & { variant?: Variant }) {
  return <Link className={`button ${variant} ${className ?? ''}`} {...link} />;
}
