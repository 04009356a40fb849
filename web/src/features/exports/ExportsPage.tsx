// /events/<id>/exports: every export format of the event (attendees, orders, sessions and speakers as CSV, the
// schedule as schedule.xml, iCal and xCal, everything as a JSON zip) and the caller's own recent exports with their
// state, progress and file. The original kept one export per event; here each person keeps theirs.
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Progress } from '../../components/Progress';
import { EmptyState, LoadError, Loading } from '../../components/States';
import { useEventContext } from '../../lib/event';
import { FINAL, useExports, useStartExport, useTaskProgress, type ExportTask, type FormatId } from '../../lib/exports';
import { formatDateTime } from '../../lib/format';
import './exports.css';

const WHAT: Record<string, string> = {
  'attendees.csv': 'Every attendee with their order, ticket and check-in, for a spreadsheet.',
  'orders.csv': 'Every order with its buyer, amount and billing details.',
  'sessions.csv': 'The sessions with their speakers, track, type and times.',
  'speakers.csv': 'The speakers with their sessions and contact details.',
  'schedule.xml': 'The schedule as frab/Pentabarf XML, for schedule apps (Giggity, ConfClerk).',
  'schedule.ics': 'The schedule as an iCalendar file, for calendar apps.',
  'schedule.xcal': 'The schedule as xCal (XML iCalendar).',
  'event.zip': 'The whole event as JSON files in a zip, as the original exported it.',
};

function optionWords(task: ExportTask): string {
  const parts = [];
  if (task.options.tab && task.options.tab !== 'all') parts.push(`tab “${task.options.tab.replace(/-/g, ' ')}”`);
  if (task.options.search) parts.push(`search “${task.options.search}”`);
  if (task.options.status) parts.push(`status ${task.options.status}`);
  return parts.length ? parts.join(', ') : 'everything';
}

export function ExportsPage() {
  const { event, permissions } = useEventContext();
  const key = event.attributes.identifier!;
  const exports = useExports(key, permissions.can.export);
  const start = useStartExport(key);
  if (!permissions.can.export) return <Notice tone="warn">Your role on this event does not let you export its data.</Notice>;
  return (
    <div className="stack">
      <section className="panel" aria-labelledby="formats-heading">
        <h2 id="formats-heading">Export</h2>
        {start.error && <Notice tone="bad">The export could not start: {start.error.message}</Notice>}
        {exports.isPending ? (
          <Loading label="Loading the formats…" />
        ) : exports.error ? (
          <LoadError error={exports.error} onRetry={() => void exports.refetch()} />
        ) : (
          <ul className="format-list">
            {exports.data.formats.map((format) => (
              <li key={format.id}>
                <div>
                  <p className="format-name">{format.label}</p>
                  <p className="hint">{WHAT[format.id] ?? `A .${format.extension} file.`}</p>
                </div>
                <Button
                  variant="secondary"
                  className="small"
                  busy={start.isPending && start.variables?.format === format.id}
                  onClick={() => start.mutate({ format: format.id as FormatId, options: {} })}
                  aria-label={`Export ${format.label}`}
                >
                  Export
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="recent-heading">
        <h2 id="recent-heading">Your recent exports</h2>
        {exports.data && exports.data.tasks.length === 0 ? (
          <EmptyState title="No exports yet.">
            <p>Start one above, or use “Export as” on the attendees and orders lists to export what they show.</p>
          </EmptyState>
        ) : (
          <ul className="task-list">
            {exports.data?.tasks.map((task) => <TaskRow key={task.id} eventKey={key} task={task} timeZone={event.attributes.timezone} />)}
          </ul>
        )}
      </section>
    </div>
  );
}

function TaskRow({ eventKey, task, timeZone }: { eventKey: string; task: ExportTask; timeZone: string }) {
  const progress = useTaskProgress(eventKey, task)!;
  return (
    <li className={`task task-${progress.state.toLowerCase()}`}>
      <div className="task-what">
        <p className="format-name">{task.label}</p>
        <p className="hint">
          {optionWords(task)} · started {formatDateTime(task['created-at'], timeZone)}
        </p>
      </div>
      <div className="task-state">
        {progress.state === 'SUCCESS' ? (
          task['download-url'] ? (
            <a className="button small" href={task['download-url']} download={task['file-name'] ?? true} aria-label={`Download ${task.label}, started ${formatDateTime(task['created-at'], timeZone)}`}>
              Download
            </a>
          ) : (
            <span className="hint">{task['finished-at'] ? 'File deleted after the retention period' : 'Finishing…'}</span>
          )
        ) : progress.state === 'FAILURE' || progress.state === 'CANCELLED' ? (
          <span className="task-failed">{progress.state === 'CANCELLED' ? 'Cancelled' : `Failed: ${task.error?.detail ?? 'no reason given'}`}</span>
        ) : (
          <Progress percent={progress.percent} label={`Progress of ${task.label}`} step={FINAL.has(progress.state) ? null : progress.step ?? (progress.state === 'WAITING' ? 'Waiting' : null)} />
        )}
      </div>
    </li>
  );
}
