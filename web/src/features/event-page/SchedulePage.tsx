// /e/<identifier>/schedule: the sessions by day in the event's time zone, with track and room filters and a
// search; bookmarks make a personal schedule (on the device, and on the account when logged in), which can be
// taken to a calendar as an .ics file.
import { useEffect, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Button } from '../../components/Button';
import { OfflineBanner } from '../../components/OfflineBanner';
import { EmptyState, LoadError, Loading } from '../../components/States';
import { dayIn, formatDate, formatTime } from '../../lib/format';
import { calendar, downloadCalendar } from '../../lib/ics';
import { usePublicEvent, useSchedule, type ScheduleSession } from './api';
import { useBookmarks } from './bookmarks';
import './event-page.css';

function BookmarkButton({ on, title, onToggle }: { on: boolean; title: string; onToggle: () => void }) {
  return (
    <button type="button" className={`bookmark ${on ? 'on' : ''}`} aria-pressed={on} aria-label={on ? `Remove “${title}” from my schedule` : `Add “${title}” to my schedule`} onClick={onToggle}>
      <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z" fill={on ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
      </svg>
    </button>
  );
}

export function SchedulePage() {
  const { eventKey = '' } = useParams();
  const event = usePublicEvent(eventKey);
  const schedule = useSchedule(eventKey);
  const [params, setParams] = useSearchParams();
  const sessions = useMemo(() => schedule.data ?? [], [schedule.data]);
  const ids = useMemo(() => new Set(sessions.map((s) => s.id)), [sessions]);
  const bookmarks = useBookmarks(eventKey, ids);
  const zone = event.data?.event.attributes.timezone ?? 'UTC';
  const name = event.data?.event.attributes.name ?? 'Schedule';
  useEffect(() => {
    document.title = `Schedule · ${name} · Convene`;
  }, [name]);

  const days = useMemo(() => [...new Set(sessions.map((s) => dayIn(s.startsAt, zone)))].sort(), [sessions, zone]);
  const tracks = useMemo(() => [...new Map(sessions.filter((s) => s.track).map((s) => [s.track!.id, s.track!])).values()], [sessions]);
  const rooms = useMemo(() => [...new Map(sessions.filter((s) => s.room).map((s) => [s.room!.id, s.room!])).values()], [sessions]);
  const mine = params.get('mine') === '1';
  const day = params.get('day') ?? (mine ? '' : days[0] ?? '');
  const track = params.get('track') ?? '';
  const room = params.get('room') ?? '';
  const text = (params.get('q') ?? '').toLowerCase();
  const set = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [k, v] of Object.entries(changes)) v ? next.set(k, v) : next.delete(k);
        return next;
      },
      { replace: true },
    );

  const shown = sessions.filter(
    (s) =>
      (!day || dayIn(s.startsAt, zone) === day) &&
      (!track || s.track?.id === track) &&
      (!room || s.room?.id === room) &&
      (!mine || bookmarks.ids.has(s.id)) &&
      (!text || `${s.title} ${s.speakers.map((sp) => sp.attributes.name).join(' ')} ${s.abstract ?? ''}`.toLowerCase().includes(text)),
  );

  const exportMine = () => {
    const chosen = sessions.filter((s) => bookmarks.ids.has(s.id));
    const items = chosen.map((s: ScheduleSession) => ({
      uid: `session-${s.id}@${window.location.host}`,
      start: s.startsAt,
      end: s.endsAt,
      summary: s.title,
      location: s.room?.attributes.name ?? event.data?.event.attributes['location-name'],
      description: s.speakers.map((sp) => sp.attributes.name).join(', '),
      url: `${window.location.origin}/e/${eventKey}/schedule`,
    }));
    downloadCalendar(`${eventKey}-my-schedule.ics`, calendar(`${name}: my schedule`, items));
  };

  if (schedule.isPending || event.isPending) return <Loading label="Loading the schedule…" />;
  if (schedule.error && !schedule.data) return <LoadError error={schedule.error} onRetry={() => void schedule.refetch()} />;

  return (
    <div className="schedule-page">
      <OfflineBanner fetchedAt={schedule.dataUpdatedAt} failed={Boolean(schedule.error)} />
      <p className="event-kicker">
        <Link to={`/e/${eventKey}`}>{name}</Link>
      </p>
      <h1>Schedule</h1>
      <p className="hint">Times in {zone.replaceAll('_', ' ')}.</p>

      <div className="schedule-tools">
        <nav className="tabs" aria-label="Days">
          <ul>
            {days.map((d) => (
              <li key={d}>
                <button type="button" className={`tab ${d === day && !mine ? 'active' : ''}`} aria-current={d === day && !mine ? 'true' : undefined} onClick={() => set({ day: d, mine: '' })}>
                  {formatDate(`${d}T12:00:00Z`, 'UTC')}
                </button>
              </li>
            ))}
            <li>
              <button type="button" className={`tab ${mine ? 'active' : ''}`} aria-current={mine ? 'true' : undefined} onClick={() => set({ mine: '1', day: '' })}>
                My schedule <span className="tab-count">{bookmarks.ids.size}</span>
              </button>
            </li>
          </ul>
        </nav>
        <div className="schedule-filters">
          <div className="field compact">
            <label htmlFor="schedule-search">Search</label>
            <input id="schedule-search" type="search" value={params.get('q') ?? ''} placeholder="Title or speaker" onChange={(e) => set({ q: e.target.value })} />
          </div>
          {tracks.length > 0 && (
            <div className="field compact">
              <label htmlFor="schedule-track">Track</label>
              <select id="schedule-track" value={track} onChange={(e) => set({ track: e.target.value })}>
                <option value="">All tracks</option>
                {tracks.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.attributes.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {rooms.length > 0 && (
            <div className="field compact">
              <label htmlFor="schedule-room">Room</label>
              <select id="schedule-room" value={room} onChange={(e) => set({ room: e.target.value })}>
                <option value="">All rooms</option>
                {rooms.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.attributes.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {mine && bookmarks.ids.size > 0 && (
            <Button variant="secondary" onClick={exportMine}>
              Add my schedule to a calendar (.ics)
            </Button>
          )}
        </div>
      </div>

      {sessions.length === 0 ? (
        <EmptyState title="The schedule is not out yet" />
      ) : shown.length === 0 ? (
        <EmptyState title={mine ? 'No bookmarks yet' : 'No session matches'}>{mine && <p>Tap the star of a session to add it to your schedule.</p>}</EmptyState>
      ) : (
        <ol className="sessions" aria-label="Sessions">
          {shown.map((s) => (
            <li key={s.id} className="session" style={s.track ? { borderLeftColor: s.track.attributes.color } : undefined}>
              <p className="session-time">
                {mine && `${formatDate(s.startsAt, zone)} · `}
                {formatTime(s.startsAt, zone)} – {formatTime(s.endsAt, zone)}
                {s.room && <span className="session-room"> · {s.room.attributes.name}</span>}
              </p>
              <h2 className="session-title">{s.title}</h2>
              {s.speakers.length > 0 && <p className="session-speakers">{s.speakers.map((sp) => sp.attributes.name).join(', ')}</p>}
              {s.track && <p className="session-track">{s.track.attributes.name}</p>}
              <BookmarkButton on={bookmarks.ids.has(s.id)} title={s.title} onToggle={() => bookmarks.toggle(s.id)} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
