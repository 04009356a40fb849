// /events/<id>/sessions/new and /sessions/<tab>/<session id>: one form for a session: its texts, track, type, room,
// language, level, speakers and state, and its start and end as plain fields in the event's time zone (the schedule
// editor places sessions by dragging). The API's error shows next to its field; what was typed stays on failure.
import type { FormEvent } from 'react';
import { useEffect } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Button } from '../../components/Button';
import { SelectField, TextArea, TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Notice';
import { LoadError, Loading } from '../../components/States';
import type { ApiError } from '../../lib/api/client';
import { useEventContext } from '../../lib/event';
import { fromLocalInput, toLocalInput } from '../../lib/format';
import { useFormValues } from '../../lib/form';
import { STATES, TABS, useCatalog, useSaveSession, useSession, useSpeakers, type CatalogItem, type Session } from './api';
import { minutesOf, NoProgramAccess, orNull } from './parts';
import './program.css';

const LEVELS = ['Beginner', 'Intermediate', 'Advanced', 'Expert'];

interface Values {
  title: string;
  subtitle: string;
  abstract: string;
  description: string;
  track: string;
  type: string;
  room: string;
  language: string;
  level: string;
  state: string;
  speakers: string[];
  startsLocal: string;
  endsLocal: string;
}

function valuesOf(session: Session | undefined, zone: string): Values {
  const a = session?.attributes;
  const rel = session?.relationships;
  return {
    title: a?.title ?? '',
    subtitle: a?.subtitle ?? '',
    abstract: a?.['short-abstract'] ?? '',
    description: a?.['long-abstract'] ?? '',
    track: rel?.track?.data?.id ?? '',
    type: rel?.['session-type']?.data?.id ?? '',
    room: rel?.microlocation?.data?.id ?? '',
    language: a?.language ?? '',
    level: a?.level ?? '',
    state: a?.state ?? 'draft',
    speakers: (rel?.speakers?.data ?? []).map((ref) => ref.id),
    startsLocal: toLocalInput(a?.['starts-at'], zone),
    endsLocal: toLocalInput(a?.['ends-at'], zone),
  };
}

/** The end a session of this type would have: its start plus the type's length, as a datetime-local value. */
function endFor(startsLocal: string, length: string | null | undefined): string {
  const minutes = minutesOf(length);
  if (!startsLocal || minutes === undefined) return '';
  return new Date(Date.parse(`${startsLocal}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
}

function Options({ items, none }: { items: CatalogItem[] | undefined; none: string }) {
  return (
    <>
      <option value="">{none}</option>
      {items?.map((item) => (
        <option key={item.id} value={item.id}>
          {item.attributes.name}
        </option>
      ))}
    </>
  );
}

function SessionForm({ session, back }: { session?: Session; back: string }) {
  const { event } = useEventContext();
  const key = event.attributes.identifier!;
  const zone = event.attributes.timezone;
  const navigate = useNavigate();
  const save = useSaveSession(event);
  const tracks = useCatalog(key, 'tracks');
  const rooms = useCatalog(key, 'microlocations');
  const types = useCatalog(key, 'session-types');
  const speakers = useSpeakers(key);
  const { values, set, field, error } = useFormValues(() => valuesOf(session, zone), save.error);
  const zoneName = zone.replaceAll('_', ' ');

  const pickType = (type: string) => {
    set('type', type);
    const length = types.data?.find((item) => item.id === type)?.attributes.length as string | undefined;
    if (!values.endsLocal && values.startsLocal) set('endsLocal', endFor(values.startsLocal, length));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const attributes = {
      title: values.title.trim(),
      subtitle: orNull(values.subtitle),
      'short-abstract': orNull(values.abstract),
      'long-abstract': orNull(values.description),
      language: orNull(values.language),
      level: values.level || null,
      state: values.state,
      'starts-at': values.startsLocal ? fromLocalInput(values.startsLocal, zone) : null,
      'ends-at': values.endsLocal ? fromLocalInput(values.endsLocal, zone) : null,
    };
    save.mutate({ id: session?.id, input: { attributes, track: values.track, room: values.room, type: values.type, speakers: values.speakers } }, { onSuccess: () => navigate(back) });
  };

  return (
    <form className="panel form" onSubmit={submit} noValidate aria-busy={save.isPending}>
      <FormError error={error} />
      <TextField label="Title" required value={values.title} onChange={(e) => set('title', e.target.value)} error={field('title')} />
      <TextField label="Subtitle" value={values.subtitle} onChange={(e) => set('subtitle', e.target.value)} error={field('subtitle')} />
      <TextArea label="Abstract" hint="A few sentences for the schedule." rows={3} value={values.abstract} onChange={(e) => set('abstract', e.target.value)} error={field('short-abstract')} />
      <TextArea label="Description" rows={6} value={values.description} onChange={(e) => set('description', e.target.value)} error={field('long-abstract')} />
      <div className="triple">
        <SelectField label="Track" value={values.track} onChange={(e) => set('track', e.target.value)} error={field('track')}>
          <Options items={tracks.data} none="No track" />
        </SelectField>
        <SelectField label="Type" value={values.type} onChange={(e) => pickType(e.target.value)} error={field('session-type')}>
          <Options items={types.data} none="No type" />
        </SelectField>
        <SelectField label="Room" value={values.room} onChange={(e) => set('room', e.target.value)} error={field('microlocation')}>
          <Options items={rooms.data} none="No room" />
        </SelectField>
      </div>
      <div className="triple">
        <TextField label="Language" value={values.language} onChange={(e) => set('language', e.target.value)} error={field('language')} />
        <SelectField label="Level" value={values.level} onChange={(e) => set('level', e.target.value)} error={field('level')}>
          <option value="">Not given</option>
          {LEVELS.map((level) => (
            <option key={level}>{level}</option>
          ))}
        </SelectField>
        <SelectField label="State" value={values.state} onChange={(e) => set('state', e.target.value)} error={field('state')}>
          {STATES.map((state) => (
            <option key={state.tab} value={state.tab}>
              {state.label}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="pair">
        <TextField label="Starts" type="datetime-local" hint={`In ${zoneName}. Empty: not scheduled`} value={values.startsLocal} onChange={(e) => set('startsLocal', e.target.value)} error={field('starts-at')} />
        <TextField label="Ends" type="datetime-local" hint={`In ${zoneName}`} value={values.endsLocal} onChange={(e) => set('endsLocal', e.target.value)} error={field('ends-at')} />
      </div>
      <fieldset className="speaker-picks">
        <legend>Speakers</legend>
        {speakers.isPending ? (
          <Loading label="Loading the speakers…" />
        ) : speakers.error ? (
          <p className="field-error">The speakers could not be loaded: {speakers.error.message}</p>
        ) : speakers.data.data.length === 0 ? (
          <p className="hint">No speakers yet: add them on the Speakers page.</p>
        ) : (
          <ul className="check-list">
            {speakers.data.data.map((speaker) => (
              <li key={speaker.id}>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={values.speakers.includes(speaker.id)}
                    onChange={(e) => set('speakers', e.target.checked ? [...values.speakers, speaker.id] : values.speakers.filter((id) => id !== speaker.id))}
                  />
                  <span>
                    {speaker.attributes.name}
                    {speaker.attributes.organisation && <span className="hint"> · {speaker.attributes.organisation}</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {field('speakers') && <p className="field-error">{field('speakers')}</p>}
      </fieldset>
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? 'Saving…' : session ? 'Save session' : 'Add session'}
        </Button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

export function SessionFormPage() {
  const { event, permissions } = useEventContext();
  const { status, sessionId } = useParams();
  const [params] = useSearchParams();
  const key = event.attributes.identifier!;
  const session = useSession(key, sessionId);
  const tab = TABS.find((item) => item.tab === status)?.tab ?? 'all';
  const q = params.get('q');
  const back = `/events/${key}/sessions/${tab}${q ? `?q=${encodeURIComponent(q)}` : ''}`;
  const title = sessionId ? (session.data ? `Edit “${session.data.attributes.title}”` : 'Edit a session') : 'Add a session';
  useEffect(() => {
    document.title = `${title} · ${event.attributes.name} · Convene`;
  }, [title, event.attributes.name]);
  if (!permissions.can[sessionId ? 'manage-program' : 'edit-program']) return <NoProgramAccess what="sessions" />;
  return (
    <div className="stack narrow-stack">
      <p className="back-link">
        <Link to={back}>Back to the sessions</Link>
      </p>
      <h2>{title}</h2>
      {sessionId && session.isPending ? (
        <Loading label="Loading the session…" />
      ) : sessionId && session.error ? (
        (session.error as ApiError).status === 404 ? <Notice tone="warn">This session does not exist or was deleted.</Notice> : <LoadError error={session.error} onRetry={() => void session.refetch()} />
      ) : (
        <SessionForm key={session.data?.id ?? 'new'} session={session.data} back={back} />
      )}
    </div>
  );
}
