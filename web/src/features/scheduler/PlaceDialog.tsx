// The keyboard's way to place a session: a modal dialog with the session (when opened from a slot), the day, the
// start time (5-minute steps), the room and the length, showing the clashes the place would make before saving.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Notice';
import { formatDate } from '../../lib/format';
import { useMoveSession, type WorkingCopy } from './api';
import { ClashIcon } from './parts';
import { clock, findClashes, instantAt, lengthOf, localDate, placedOf, wallMinutes, type Placed } from './schedule';

export type PlaceTarget = { kind: 'slot'; room: string; date: string; minutes: number } | { kind: 'session'; id: string };

export function PlaceDialog({ copy, target, days, placed, onClose }: { copy: WorkingCopy; target: PlaceTarget; days: string[]; placed: Placed[]; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const tz = copy.event.timezone;
  const eventKey = copy.event.identifier;
  const move = useMoveSession(eventKey, () => undefined);
  const candidates = copy.sessions.filter((s) => s.editable && (target.kind === 'session' ? s.id === target.id : true));
  const initial = target.kind === 'session' ? copy.sessions.find((s) => s.id === target.id)! : (candidates.find((s) => !s['starts-at']) ?? candidates[0]);
  const [sessionId, setSessionId] = useState(initial?.id ?? '');
  const session = copy.sessions.find((s) => s.id === sessionId);
  const [date, setDate] = useState(() => (target.kind === 'slot' ? target.date : session?.['starts-at'] ? localDate(session['starts-at'], tz) : days[0]));
  const [time, setTime] = useState(() => (target.kind === 'slot' ? clock(target.minutes) : session?.['starts-at'] ? clock(wallMinutes(session['starts-at'], tz)) : '10:00'));
  const [room, setRoom] = useState(() => (target.kind === 'slot' ? target.room : (session?.room ?? copy.rooms[0]?.id ?? '')));
  const [length, setLength] = useState(() => String(session ? lengthOf(session, copy) : 30));
  const [localError, setLocalError] = useState<Record<string, string>>({});

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    if (target.kind === 'slot' && session) setLength(String(lengthOf(session, copy)));
  }, [sessionId]); // eslint-disable-line react-hooks/exhaustive-deps

  const minutes = /^\d{2}:\d{2}$/.test(time) ? Number(time.slice(0, 2)) * 60 + Number(time.slice(3)) : NaN;
  const lengthMinutes = /^\d{1,4}$/.test(length.trim()) ? Number(length) : NaN;
  const start = Number.isNaN(minutes) ? NaN : instantAt(date, minutes, tz);
  const end = start + lengthMinutes * 60_000;
  const names = new Map(copy.rooms.map((r) => [r.id, r.name]));
  const preview =
    session && !Number.isNaN(end)
      ? findClashes(
          [...placed.filter((p) => p.id !== session.id), { ...(placedOf(session) ?? { id: session.id, title: session.title, speakers: session.speakers }), room, start, end } as Placed],
          (id) => names.get(id) ?? 'a deleted room',
          Date.parse(copy.event['starts-at']),
          Date.parse(copy.event['ends-at']),
        ).get(session.id) ?? []
      : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: Record<string, string> = {};
    if (!session) errors.session = 'Choose a session.';
    if (Number.isNaN(minutes) || minutes % 5 !== 0) errors.time = 'Give a time on the 5-minute grid, e.g. 10:05.';
    if (Number.isNaN(lengthMinutes) || lengthMinutes < 5 || lengthMinutes % 5 !== 0 || lengthMinutes > 1440) errors.length = 'Give the length in minutes, a multiple of 5 (at most 1440).';
    setLocalError(errors);
    if (Object.keys(errors).length > 0) return;
    move.mutate({ id: session!.id, room, start: new Date(start).toISOString(), end: new Date(end).toISOString() }, { onSuccess: onClose });
  };
  const unschedule = () => session && move.mutate({ id: session.id, room: null, start: null, end: null }, { onSuccess: onClose });
  const fieldError = (name: string) => localError[name] ?? (move.error as { fields?: Record<string, string> } | null)?.fields?.[name];

  return (
    <dialog ref={ref} className="dialog place-dialog" aria-labelledby="place-title" onCancel={(e) => (e.preventDefault(), onClose())}>
      <h2 id="place-title">{target.kind === 'slot' ? `Place a session at ${names.get(target.room)}, ${clock(target.minutes)}` : `Place “${session?.title}”`}</h2>
      <form className="form" onSubmit={submit} noValidate aria-busy={move.isPending}>
        <FormError error={move.error} />
        {target.kind === 'slot' && (
          <SelectField label="Session" value={sessionId} onChange={(e) => setSessionId(e.target.value)} error={fieldError('session')}>
            {candidates.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
                {s['starts-at'] ? ` (now ${formatDate(s['starts-at'], tz)} ${clock(wallMinutes(s['starts-at'], tz))})` : ' (unscheduled)'}
              </option>
            ))}
          </SelectField>
        )}
        <div className="pair">
          <SelectField label="Day" value={date} onChange={(e) => setDate(e.target.value)}>
            {days.map((d) => (
              <option key={d} value={d}>
                {formatDate(`${d}T12:00:00Z`, 'UTC')}
              </option>
            ))}
          </SelectField>
          <TextField label="Start" type="time" step={300} value={time} onChange={(e) => setTime(e.target.value)} error={fieldError('time') ?? fieldError('starts-at')} hint={`In ${tz.replaceAll('_', ' ')}`} />
        </div>
        <div className="pair">
          <SelectField label="Room" value={room} onChange={(e) => setRoom(e.target.value)} error={fieldError('room')}>
            {copy.rooms.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </SelectField>
          <TextField label="Length (minutes)" inputMode="numeric" value={length} onChange={(e) => setLength(e.target.value)} error={fieldError('length') ?? fieldError('ends-at')} />
        </div>
        {preview.length > 0 && (
          <Notice tone="warn" title="This place clashes">
            <ul className="plain">
              {preview.map((text) => (
                <li key={text}>
                  <ClashIcon /> {text}
                </li>
              ))}
            </ul>
          </Notice>
        )}
        <div className="dialog-actions">
          <Button variant="quiet" onClick={onClose} disabled={move.isPending}>
            Cancel
          </Button>
          {session?.['starts-at'] && (
            <Button variant="quiet" onClick={unschedule} disabled={move.isPending}>
              Unschedule
            </Button>
          )}
          <Button type="submit" busy={move.isPending} disabled={!session}>
            {move.isPending ? 'Saving…' : 'Place session'}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
