// /events/<id>/speakers: the event's speakers with a search box (name, organisation), their sessions linked, and
// for coorganizers their e-mail and phone, adding and editing; /speakers/new and /speakers/<id>: one form for a
// speaker. E-mail and phone come only to the roles the API shows them to: other roles never receive them.
import type { FormEvent } from 'react';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ButtonLink } from '../../components/Button';
import { CheckboxField, TextArea, TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Notice';
import { SearchBox } from '../../components/SearchBox';
import { EmptyState, LoadError, Loading } from '../../components/States';
import { useEventContext } from '../../lib/event';
import { useFormValues } from '../../lib/form';
import { useQueryParam } from '../../lib/url-state';
import { stateLabel, useSaveSpeaker, useSpeaker, useSpeakers, type Speaker } from './api';
import { NoProgramAccess, orNull } from './parts';
import './program.css';

interface SessionRef {
  id: string;
  title: string;
  state: string;
}

function sessionsOf(speaker: Speaker, included: { type: string; id: string; attributes: Record<string, unknown> }[] | undefined): SessionRef[] {
  const byId = new Map((included ?? []).filter((item) => item.type === 'session').map((item) => [item.id, item]));
  return ((speaker.relationships?.sessions?.data ?? []) as { id: string }[])
    .map((ref) => byId.get(ref.id))
    .filter((item): item is NonNullable<typeof item> => item !== undefined)
    .map((item) => ({ id: item.id, title: String(item.attributes.title), state: String(item.attributes.state) }));
}

function SessionLinks({ sessions, eventKey }: { sessions: SessionRef[]; eventKey: string }) {
  if (sessions.length === 0) return <span className="hint">No sessions</span>;
  return (
    <ul className="inline-list">
      {sessions.map((session) => (
        <li key={session.id}>
          <Link to={`/events/${eventKey}/sessions/all/${session.id}`}>{session.title}</Link> <span className={`badge badge-session-${session.state}`}>{stateLabel(session.state)}</span>
        </li>
      ))}
    </ul>
  );
}

export function SpeakersPage() {
  const { event, permissions } = useEventContext();
  const key = event.attributes.identifier!;
  const can = permissions.can;
  const [search] = useQueryParam('q');
  const speakers = useSpeakers(key, search);
  useEffect(() => {
    document.title = `Speakers · ${event.attributes.name} · Convene`;
  }, [event.attributes.name]);
  if (!can['manage-program']) return <NoProgramAccess what="speakers" />;
  const rows = speakers.data?.data ?? [];
  return (
    <section className="stack list-page" aria-labelledby="speakers-heading">
      <div className="section-head">
        <h2 id="speakers-heading">Speakers</h2>
        {can['edit-program'] && <ButtonLink to={`/events/${key}/speakers/new`}>Add a speaker</ButtonLink>}
      </div>
      <div className="toolbar">
        <SearchBox label="Search speakers" placeholder="Name or organisation" />
      </div>
      {!can['edit-program'] && <p className="hint">Speakers’ e-mail addresses and phone numbers are shown to organizers only.</p>}
      {speakers.isPending ? (
        <Loading label="Loading speakers…" />
      ) : speakers.error ? (
        <LoadError error={speakers.error} onRetry={() => void speakers.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={search ? `No speaker matches “${search}”.` : 'No speakers yet.'} />
      ) : (
        <ul className="card-list" aria-label="Speakers">
          {rows.map((speaker) => {
            const a = speaker.attributes;
            return (
              <li key={speaker.id} className="card">
                <div className="card-main">
                  <h3 className="card-name">
                    {a.name} {a['is-featured'] && <span className="badge">Featured</span>}
                  </h3>
                  {(a.position || a.organisation) && <p className="card-meta">{[a.position, a.organisation].filter(Boolean).join(', ')}</p>}
                  {(a.email || a.mobile) && (
                    <p className="card-meta">
                      {a.email && <span className="wrap-anywhere">{a.email}</span>}
                      {a.mobile && <span>{a.mobile}</span>}
                    </p>
                  )}
                  <SessionLinks sessions={sessionsOf(speaker, speakers.data.included)} eventKey={key} />
                </div>
                {can['edit-program'] && (
                  <div className="card-actions">
                    <ButtonLink variant="secondary" className="small" to={`/events/${key}/speakers/${speaker.id}`} aria-label={`Edit ${a.name}`}>
                      Edit
                    </ButtonLink>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

interface Values {
  name: string;
  email: string;
  mobile: string;
  organisation: string;
  position: string;
  city: string;
  country: string;
  website: string;
  photoUrl: string;
  bio: string;
  featured: boolean;
}

function valuesOf(speaker: Speaker | undefined): Values {
  const a = speaker?.attributes;
  return {
    name: a?.name ?? '',
    email: a?.email ?? '',
    mobile: a?.mobile ?? '',
    organisation: a?.organisation ?? '',
    position: a?.position ?? '',
    city: a?.city ?? '',
    country: a?.country ?? '',
    website: a?.website ?? '',
    photoUrl: a?.['photo-url'] ?? '',
    bio: a?.['short-biography'] ?? '',
    featured: a?.['is-featured'] ?? false,
  };
}

function SpeakerForm({ speaker }: { speaker?: Speaker }) {
  const { event } = useEventContext();
  const navigate = useNavigate();
  const save = useSaveSpeaker(event);
  const { values, set, field, error } = useFormValues(() => valuesOf(speaker), save.error);
  const back = `/events/${event.attributes.identifier}/speakers`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const attributes = {
      name: values.name.trim(),
      email: orNull(values.email),
      mobile: orNull(values.mobile),
      organisation: orNull(values.organisation),
      position: orNull(values.position),
      city: orNull(values.city),
      country: orNull(values.country),
      website: orNull(values.website),
      'photo-url': orNull(values.photoUrl),
      'short-biography': orNull(values.bio),
      'is-featured': values.featured,
    };
    save.mutate({ id: speaker?.id, attributes }, { onSuccess: () => navigate(back) });
  };
  return (
    <form className="panel form" onSubmit={submit} noValidate aria-busy={save.isPending}>
      <FormError error={error} />
      <TextField label="Name" required value={values.name} onChange={(e) => set('name', e.target.value)} error={field('name')} />
      <div className="pair">
        <TextField label="E-mail" type="email" hint="Shown only to the event’s organizers and the speaker." value={values.email} onChange={(e) => set('email', e.target.value)} error={field('email')} />
        <TextField label="Phone" type="tel" value={values.mobile} onChange={(e) => set('mobile', e.target.value)} error={field('mobile')} />
      </div>
      <div className="pair">
        <TextField label="Organisation" value={values.organisation} onChange={(e) => set('organisation', e.target.value)} error={field('organisation')} />
        <TextField label="Position" value={values.position} onChange={(e) => set('position', e.target.value)} error={field('position')} />
      </div>
      <div className="pair">
        <TextField label="City" value={values.city} onChange={(e) => set('city', e.target.value)} error={field('city')} />
        <TextField label="Country" value={values.country} onChange={(e) => set('country', e.target.value)} error={field('country')} />
      </div>
      <div className="pair">
        <TextField label="Website" type="url" value={values.website} onChange={(e) => set('website', e.target.value)} error={field('website')} />
        <TextField label="Photo address" type="url" value={values.photoUrl} onChange={(e) => set('photoUrl', e.target.value)} error={field('photo-url')} />
      </div>
      <TextArea label="Short biography" rows={4} value={values.bio} onChange={(e) => set('bio', e.target.value)} error={field('short-biography')} />
      <CheckboxField label="Featured" hint="Shown on the event’s front page." checked={values.featured} onChange={(e) => set('featured', e.target.checked)} error={field('is-featured')} />
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? 'Saving…' : speaker ? 'Save speaker' : 'Add speaker'}
        </Button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

export function SpeakerFormPage() {
  const { event, permissions } = useEventContext();
  const { speakerId } = useParams();
  const key = event.attributes.identifier!;
  const speaker = useSpeaker(speakerId, key);
  const title = speakerId ? (speaker.data ? `Edit ${speaker.data.data.attributes.name}` : 'Edit a speaker') : 'Add a speaker';
  useEffect(() => {
    document.title = `${title} · ${event.attributes.name} · Convene`;
  }, [title, event.attributes.name]);
  if (!permissions.can['edit-program']) return <NoProgramAccess what="speakers" />;
  return (
    <div className="stack narrow-stack">
      <p className="back-link">
        <Link to={`/events/${key}/speakers`}>Back to the speakers</Link>
      </p>
      <h2>{title}</h2>
      {speakerId && speaker.isPending ? (
        <Loading label="Loading the speaker…" />
      ) : speakerId && speaker.error ? (
        <LoadError error={speaker.error} onRetry={() => void speaker.refetch()} />
      ) : (
        <>
          {speaker.data && (
            <section className="panel" aria-labelledby="speaker-sessions">
              <h3 id="speaker-sessions">Sessions</h3>
              <SessionLinks sessions={sessionsOf(speaker.data.data, speaker.data.included)} eventKey={key} />
            </section>
          )}
          <SpeakerForm key={speaker.data?.data.id ?? 'new'} speaker={speaker.data?.data} />
        </>
      )}
    </div>
  );
}
