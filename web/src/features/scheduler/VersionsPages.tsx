// /events/<identifier>/scheduler/changes (what publishing now would change: added, moved and removed sessions
// with their old and new time and room) and /scheduler/versions (the published versions). Both can publish.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { CheckboxField, TextArea, TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Notice';
import { EmptyState, LoadError, Loading } from '../../components/States';
import { useFormValues } from '../../lib/form';
import { useEventContext } from '../../lib/event';
import { formatDateTime, formatTime } from '../../lib/format';
import { usePublishSchedule, useScheduleChanges, useScheduleVersions, type Published, type ScheduleChanges } from './api';
import { SchedulerTabs } from './parts';
import './scheduler.css';

type Change = ScheduleChanges['moved'][number];

function slotText(slot: Change['before'], timeZone: string): string {
  if (!slot) return 'Not scheduled';
  return `${formatDateTime(slot['starts-at'], timeZone)}–${formatTime(slot['ends-at'], timeZone)}, ${slot.room?.name ?? 'no room'}`;
}

function useScheduler(title: string) {
  const context = useEventContext();
  useEffect(() => {
    document.title = `${title} · ${context.event.attributes.name} · Convene`;
  }, [title, context.event.attributes.name]);
  return context;
}

function PublishDialog({ eventKey, moved, onClose, onPublished }: { eventKey: string; moved: number; onClose: () => void; onPublished: (result: Published) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const publish = usePublishSchedule(eventKey);
  const { values, set, field, error } = useFormValues({ name: '', comment: '', notify: moved > 0 }, publish.error);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    publish.mutate(
      { ...(values.name.trim() ? { name: values.name.trim() } : {}), comment: values.comment.trim() || null, 'notify-speakers': values.notify },
      { onSuccess: (result) => (onPublished(result), onClose()) },
    );
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="publish-title" onCancel={(e) => (e.preventDefault(), onClose())}>
      <h2 id="publish-title">Publish the schedule</h2>
      <form className="form" onSubmit={submit} noValidate aria-busy={publish.isPending}>
        <FormError error={error} />
        <p>The public schedule, its exports and schedule apps then show this version.</p>
        <TextField label="Version name" hint="Leave empty for the next number" maxLength={100} value={values.name} onChange={(e) => set('name', e.target.value)} error={field('name')} />
        <TextArea label="Comment" rows={3} value={values.comment} onChange={(e) => set('comment', e.target.value)} error={field('comment')} />
        <CheckboxField
          label={`Mail the speakers whose sessions moved (${moved} ${moved === 1 ? 'session' : 'sessions'})`}
          checked={values.notify}
          onChange={(e) => set('notify', e.target.checked)}
          error={field('notify-speakers')}
        />
        <div className="dialog-actions">
          <Button variant="quiet" onClick={onClose} disabled={publish.isPending}>
            Cancel
          </Button>
          <Button type="submit" busy={publish.isPending}>
            {publish.isPending ? 'Publishing…' : 'Publish'}
          </Button>
        </div>
      </form>
    </dialog>
  );
}

/** The Publish button, its dialog and what the last publication said. */
function PublishControl({ eventKey, changes }: { eventKey: string; changes: ScheduleChanges | undefined }) {
  const { permissions } = useEventContext();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<Published | null>(null);
  const count = changes ? changes.added.length + changes.moved.length + changes.removed.length : 0;
  if (!permissions.can['edit-event']) return null;
  return (
    <div className="publish">
      {done && (
        <Notice tone="ok" title={`Published “${done.version.attributes.name}”`}>
          {done.meta.added} added, {done.meta.moved} moved, {done.meta.removed} removed
          {done.meta['mails-sent'] + done.meta['mails-failed'] > 0 ? `; ${done.meta['mails-sent']} speakers mailed${done.meta['mails-failed'] ? `, ${done.meta['mails-failed']} mails failed` : ''}` : ''}.
        </Notice>
      )}
      <Button onClick={() => (setDone(null), setOpen(true))} disabled={!changes || (count === 0 && changes.since !== null)}>
        Publish…
      </Button>
      {changes && count === 0 && changes.since && <p className="hint">Nothing changed since “{changes.since.name}”.</p>}
      {open && <PublishDialog eventKey={eventKey} moved={changes?.moved.length ?? 0} onClose={() => setOpen(false)} onPublished={setDone} />}
    </div>
  );
}

function ChangeTable({ title, rows, timeZone }: { title: string; rows: Change[]; timeZone: string }) {
  if (rows.length === 0) return null;
  return (
    <section className="panel changes" aria-label={title}>
      <h3>
        {title} <span className="tab-count">{rows.length}</span>
      </h3>
      <div className="table-wrap">
        <table className="data-table schedule-table">
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Before</th>
              <th scope="col">Now</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.session.id}>
                <th scope="row">{row.session.title}</th>
                <td data-label="Before">{slotText(row.before, timeZone)}</td>
                <td data-label="Now">{slotText(row.after, timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function ScheduleChangesPage() {
  const { event, permissions } = useScheduler('Schedule changes');
  const eventKey = event.attributes.identifier!;
  const changes = useScheduleChanges(eventKey);
  if (!permissions.can['manage-program']) return <Notice tone="warn">Your role on this event does not let you manage its program.</Notice>;
  const tz = event.attributes.timezone;
  const data = changes.data;
  return (
    <div className="stack">
      <h2>Schedule editor</h2>
      <SchedulerTabs eventKey={eventKey} />
      {changes.isPending ? (
        <Loading label="Loading the changes…" />
      ) : changes.error ? (
        <LoadError error={changes.error} onRetry={() => void changes.refetch()} />
      ) : (
        <>
          <p>
            {data!.since
              ? `Changes since “${data!.since.name}”, published ${formatDateTime(data!.since['published-at'], tz)}.`
              : 'Nothing is published yet: publishing puts every placed session on the public schedule.'}
          </p>
          <PublishControl eventKey={eventKey} changes={data} />
          {data!.added.length + data!.moved.length + data!.removed.length === 0 ? (
            <EmptyState title="No changes">The working schedule is the published one.</EmptyState>
          ) : (
            <>
              <ChangeTable title="Moved" rows={data!.moved} timeZone={tz} />
              <ChangeTable title="Added" rows={data!.added} timeZone={tz} />
              <ChangeTable title="Removed" rows={data!.removed} timeZone={tz} />
            </>
          )}
        </>
      )}
    </div>
  );
}

export function ScheduleVersionsPage() {
  const { event, permissions } = useScheduler('Schedule versions');
  const eventKey = event.attributes.identifier!;
  const versions = useScheduleVersions(eventKey);
  const changes = useScheduleChanges(eventKey);
  if (!permissions.can['manage-program']) return <Notice tone="warn">Your role on this event does not let you manage its program.</Notice>;
  const tz = event.attributes.timezone;
  return (
    <div className="stack">
      <h2>Schedule editor</h2>
      <SchedulerTabs eventKey={eventKey} />
      <PublishControl eventKey={eventKey} changes={changes.data} />
      {versions.isPending ? (
        <Loading label="Loading the versions…" />
      ) : versions.error ? (
        <LoadError error={versions.error} onRetry={() => void versions.refetch()} />
      ) : versions.data.length === 0 ? (
        <EmptyState title="No published version">Publish the schedule to put it on the public pages and in the exports.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data-table schedule-table">
            <caption className="visually-hidden">Published versions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Published</th>
                <th scope="col">By</th>
                <th scope="col">Sessions</th>
                <th scope="col">Comment</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    {v.attributes.number}. {v.attributes.name}
                  </th>
                  <td data-label="Published">{formatDateTime(v.attributes['published-at'], tz)}</td>
                  <td data-label="By">{v.attributes['published-by'] ?? '—'}</td>
                  <td data-label="Sessions">{v.attributes['session-count']}</td>
                  <td data-label="Comment" className="wrap-anywhere">
                    {v.attributes.comment ?? ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
