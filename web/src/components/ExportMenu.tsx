// "Export as → CSV" on a list: exports what the list shows (its tab and search) as a background task, shows the
// task's progress from its Server-Sent Events and then a download link. The export is found again when the page is
// opened later: the latest export of the same list and options from the last day is shown with its state.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useDismiss } from '../lib/dismiss';
import { FINAL, sameOptions, useExports, useStartExport, useTaskProgress, type FormatId } from '../lib/exports';
import { formatDateTime } from '../lib/format';
import { Button } from './Button';
import { Notice } from './Notice';
import { Progress } from './Progress';

const RECENT_MS = 24 * 60 * 60_000;

export function ExportMenu({ eventKey, format, options, what, timeZone }: { eventKey: string; format: FormatId; options: Record<string, string>; what: string; timeZone?: string }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const menu = useRef<HTMLDivElement>(null);
  const exports = useExports(eventKey);
  const start = useStartExport(eventKey);
  const [startedId, setStartedId] = useState<string>();
  const optionsKey = JSON.stringify(options);
  useEffect(() => setStartedId(undefined), [optionsKey]);
  useDismiss(open, menu, useCallback(() => setOpen(false), []));

  const tasks = exports.data?.tasks ?? [];
  const task = startedId
    ? tasks.find((candidate) => candidate.id === startedId)
    : tasks.find((candidate) => candidate.format === format && sameOptions(candidate, options) && Date.now() - Date.parse(candidate['created-at']) < RECENT_MS);
  const progress = useTaskProgress(eventKey, task);

  const run = () => {
    setOpen(false);
    start.mutate({ format, options: Object.fromEntries(Object.entries(options).filter(([, value]) => value !== '')) }, { onSuccess: (id) => setStartedId(id) });
  };
  const busy = start.isPending || (progress !== undefined && !FINAL.has(progress.state));

  return (
    <div className="export-menu" ref={menu}>
      <Button variant="secondary" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)} disabled={busy}>
        Export as
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M2.5 4.5L6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </Button>
      {open && (
        <div id={menuId} className="export-choices">
          <button type="button" className="menu-item" onClick={run}>
            CSV
          </button>
        </div>
      )}
      {(start.error || task) && (
        <div className="export-status" role="status" aria-live="polite">
          {start.error ? (
            <Notice tone="bad">The export could not start: {start.error.message}</Notice>
          ) : progress && task ? (
            <ExportState progress={progress} downloadUrl={task['download-url']} fileName={task['file-name']} error={task.error?.detail ?? null} what={what} finishedAt={task['finished-at'] ?? task['created-at']} timeZone={timeZone} />
          ) : null}
        </div>
      )}
    </div>
  );
}

function ExportState({ progress, downloadUrl, fileName, error, what, finishedAt, timeZone }: { progress: NonNullable<ReturnType<typeof useTaskProgress>>; downloadUrl: string | null; fileName: string | null; error: string | null; what: string; finishedAt: string; timeZone?: string }) {
  if (progress.state === 'FAILURE' || progress.state === 'CANCELLED') {
    return <p className="export-line export-failed">The export of {what} failed{error ? `: ${error}` : '.'}</p>;
  }
  if (progress.state === 'SUCCESS' && downloadUrl) {
    return (
      <p className="export-line">
        <span>
          {what} exported {formatDateTime(finishedAt, timeZone)}.
        </span>{' '}
        <a className="button small" href={downloadUrl} download={fileName ?? true}>
          Download CSV
        </a>
      </p>
    );
  }
  return (
    <div className="export-line">
      <span>{progress.state === 'WAITING' ? `Export of ${what} waiting to start…` : `Exporting ${what}…`}</span>
      <Progress percent={progress.percent} label="Export progress" step={progress.step} />
    </div>
  );
}
