// Messages for the whole form or page: errors are announced at once (alert), other news politely (status).
import type { ReactNode } from 'react';

export function Notice({ tone = 'info', children, title }: { tone?: 'info' | 'ok' | 'warn' | 'bad'; title?: string; children: ReactNode }) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'bad' ? 'alert' : 'status'}>
      {title && <p className="notice-title">{title}</p>}
      <div>{children}</div>
    </div>
  );
}

/** The API's words for a failed save, with what the person should know about their input. */
export function FormError({ error }: { error: (Error & { fields?: Record<string, string>; isNetwork?: boolean }) | null | undefined }) {
  if (!error) return null;
  const fieldCount = Object.keys(error.fields ?? {}).length;
  return (
    <Notice tone="bad" title={error.isNetwork ? 'Not saved: no connection' : 'Not saved'}>
      <p>{error.isNetwork ? `${error.message} What you typed is still here.` : fieldCount > 0 ? 'Please check the fields marked below.' : error.message}</p>
    </Notice>
  );
}
