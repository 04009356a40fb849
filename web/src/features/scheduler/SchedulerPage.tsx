// /events/<identifier>/scheduler: the schedule editor. One day at a time (tabs, in the event's time zone), the
// rooms in their order as columns, a time grid whose slots are buttons named "Room 1, 10:00". Sessions are dragged
// with pointer events (mouse, pen or finger) from the unscheduled panel into the grid and moved, both on a 5-minute
// snap, resized by their bottom edge and dropped back on the panel; clashes are worked out while dragging and stay
// marked. Without a pointer: arrow keys move a focused session, and Enter on a slot or a session opens the place
// dialog. Other organizers' moves show as they happen (the event's live stream).
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { LiveBadge } from '../../components/LiveBadge';
import { Notice } from '../../components/Notice';
import { SearchBox } from '../../components/SearchBox';
import { LoadError, Loading } from '../../components/States';
import type { ApiError } from '../../lib/api/client';
import { useEventContext } from '../../lib/event';
import { formatDate, formatTime } from '../../lib/format';
import { useLiveRefresh } from '../../lib/live';
import { useQueryParam } from '../../lib/url-state';
import { moveKey, useLatestSession, useMoveSession, useWorkingCopy, workingCopyKey, type SchedulerSession, type WorkingCopy } from './api';
import { PlaceDialog, type PlaceTarget } from './PlaceDialog';
import { ClashIcon, SchedulerTabs } from './parts';
import { clock, eventDays, findClashes, instantAt, lanes, lengthOf, localDate, placedOf, PX_PER_MINUTE, SLOT_MINUTES, snap, wallMinutes, type Placed } from './schedule';
import './scheduler.css';

interface Drag {
  id: string;
  mode: 'move' | 'resize';
  from: 'list' | 'grid';
  /** Minutes between the grabbed point and the session's top (moves of placed sessions). */
  grab: number;
  x: number;
  y: number;
  started: boolean;
  /** Where it would land: a slot of the grid, or back in the unscheduled panel. */
  target: { room: string; start: number; end: number } | 'unscheduled' | null;
}

export function SchedulerPage() {
  const { event, permissions } = useEventContext();
  const eventKey = event.attributes.identifier!;
  const copy = useWorkingCopy(eventKey);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const move = useMoveSession(eventKey, setRefusal);
  const mutate = move.mutate;
  const latestOf = useLatestSession(eventKey);
  const latestSession = useCallback((id: string) => latestOf(id), [eventKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const onMove = useCallback((m: Parameters<typeof mutate>[0]) => (setRefusal(null), mutate(m)), [mutate]);
  // Another organizer's moves (and session edits anywhere) show without a reload; not while this page's own
  // moves are on their way, whose answers the cache takes in order.
  const client = useQueryClient();
  const live = useLiveRefresh(eventKey, [workingCopyKey(eventKey), ['event', eventKey, 'schedule-changes']], {
    kinds: ['session'],
    holdWhile: () => client.isMutating({ mutationKey: moveKey(eventKey) }) > 0,
  });
  useEffect(() => {
    document.title = `Scheduler · ${event.attributes.name} · Convene`;
  }, [event.attributes.name]);
  if (!permissions.can['manage-program']) return <Notice tone="warn">Your role on this event does not let you manage its program.</Notice>;
  return (
    <div className="stack">
      <div className="list-head">
        <h2>Schedule editor</h2>
        <LiveBadge connected={live} what="Other organizers' changes" />
      </div>
      <SchedulerTabs eventKey={eventKey} />
      {refusal && (
        <Notice tone={refusal.status === 409 ? 'warn' : 'bad'} title={refusal.status === 409 ? 'Changed by someone else' : 'Not saved'}>
          {refusal.message}
        </Notice>
      )}
      {copy.isPending ? (
        <Loading label="Loading the schedule…" />
      ) : copy.error ? (
        <LoadError error={copy.error} onRetry={() => void copy.refetch()} />
      ) : (
        <Editor copy={copy.data} onMove={onMove} latestSession={latestSession} />
      )}
    </div>
  );
}

function Editor({
  copy,
  onMove,
  latestSession,
}: {
  copy: WorkingCopy;
  onMove: (move: { id: string; room: string | null; start: string | null; end: string | null }) => void;
  latestSession: (id: string) => SchedulerSession | undefined;
}) {
  const tz = copy.event.timezone;
  const days = useMemo(() => eventDays(copy.event['starts-at'], copy.event['ends-at'], tz), [copy.event, tz]);
  const [dayParam, setDay] = useQueryParam('day');
  const day = days.includes(dayParam) ? dayParam : days[0];
  const [query] = useQueryParam('q');
  const [params] = useSearchParams();
  const rooms = copy.rooms;
  const roomName = useMemo(() => {
    const names = new Map(rooms.map((r) => [r.id, r.name]));
    return (id: string) => names.get(id) ?? 'a deleted room';
  }, [rooms]);
  const trackColor = useMemo(() => new Map(copy.tracks.map((t) => [t.id, t.color])), [copy.tracks]);
  const eventStart = Date.parse(copy.event['starts-at']);
  const eventEnd = Date.parse(copy.event['ends-at']);
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  const [dialog, setDialog] = useState<PlaceTarget | null>(null);
  const columns = useRef(new Map<string, HTMLElement>());
  const scroller = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLElement>(null);
  const suppressClick = useRef(false);
  // The latest values for the pointer handlers, so the blocks' callbacks stay the same from render to render.
  const latest = useRef({ copy, from: 0, day });

  // What the grid shows: the sessions as stored, with the one being dragged where it would land.
  const placed = useMemo(() => {
    const list: Placed[] = [];
    for (const session of copy.sessions) {
      let p = placedOf(session);
      if (drag?.started && drag.id === session.id && drag.target) {
        p = drag.target === 'unscheduled' ? null : { id: session.id, title: session.title, room: drag.target.room, start: drag.target.start, end: drag.target.end, speakers: session.speakers };
      }
      if (p) list.push(p);
    }
    return list;
  }, [copy.sessions, drag]);
  const clashes = useMemo(() => findClashes(placed, roomName, eventStart, eventEnd), [placed, roomName, eventStart, eventEnd]);
  const onDay = placed.filter((p) => localDate(p.start, tz) === day);
  const laneOf = useMemo(() => {
    const byRoom = new Map<string, Placed[]>();
    for (const p of onDay) if (p.room) byRoom.set(p.room, [...(byRoom.get(p.room) ?? []), p]);
    const all = new Map<string, { lane: number; of: number }>();
    for (const list of byRoom.values()) for (const [id, lane] of lanes(list)) all.set(id, lane);
    return all;
  }, [onDay]);
  const byId = useMemo(() => new Map(copy.sessions.map((s) => [s.id, s])), [copy.sessions]);

  // The hours the grid spans: 08:00 to 20:00, widened to hold every session of the day.
  const [from, to] = useMemo(() => {
    let first = 8 * 60;
    let last = 20 * 60;
    for (const p of onDay) {
      const start = wallMinutes(p.start, tz);
      first = Math.min(first, Math.floor(start / 60) * 60);
      const end = localDate(p.end, tz) === day ? wallMinutes(p.end, tz) : 1440;
      last = Math.max(last, Math.ceil(end / 60) * 60);
    }
    return [first, Math.min(last, 1440)];
  }, [onDay, tz, day]);
  // Parts of the day outside the event (before it starts, after it ends), shaded.
  const outside = useMemo(() => {
    const bands: [number, number][] = [];
    const startMinute = day === localDate(eventStart, tz) ? wallMinutes(eventStart, tz) : from;
    const endMinute = day === localDate(eventEnd, tz) ? wallMinutes(eventEnd, tz) : to;
    if (startMinute > from) bands.push([from, Math.min(startMinute, to)]);
    if (endMinute < to) bands.push([Math.max(endMinute, from), to]);
    return bands;
  }, [day, eventStart, eventEnd, tz, from, to]);

  const unscheduled = copy.sessions.filter((s) => {
    if (drag?.started && drag.id === s.id && drag.target && drag.target !== 'unscheduled') return false;
    const isOut = !s['starts-at'] || (drag?.started && drag.id === s.id && drag.target === 'unscheduled');
    if (!isOut) return false;
    const words = query.toLowerCase();
    return !words || s.title.toLowerCase().includes(words) || s.speakers.some((sp) => sp.name.toLowerCase().includes(words));
  });

  /** Where a pointer at (x, y) would put the dragged session. */
  const targetAt = useCallback(
    (d: Drag, x: number, y: number): Drag['target'] => {
      const inside = (el: Element | null) => {
        const r = el?.getBoundingClientRect();
        return !!r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
      };
      if (inside(panel.current)) return d.mode === 'move' ? 'unscheduled' : null;
      if (!inside(scroller.current)) return null;
      const session = byId.get(d.id)!;
      for (const [room, column] of columns.current) {
        const r = column.getBoundingClientRect();
        if (x < r.left || x > r.right) continue;
        const minute = from + (y - r.top) / PX_PER_MINUTE;
        if (d.mode === 'resize') {
          const start = Date.parse(session['starts-at']!);
          const startMinute = wallMinutes(start, tz);
          const endMinute = Math.max(startMinute + 5, Math.min(1440, snap(minute)));
          return { room: session.room ?? room, start, end: instantAt(day, endMinute, tz) };
        }
        const length = lengthOf(session, copy);
        // On the 5-minute grid, with the session held where it was grabbed (see startDrag).
        const startMinute = snap(minute - d.grab);
        const clamped = Math.max(0, Math.min(1440 - 5, startMinute));
        const start = instantAt(day, clamped, tz);
        return { room, start, end: start + length * 60_000 };
      }
      return null;
    },
    [byId, copy, day, from, tz],
  );

  latest.current = { copy, from, day };
  const startDrag = useCallback(
    (e: ReactPointerEvent, id: string, fromWhere: 'list' | 'grid', mode: 'move' | 'resize') => {
      if (e.button !== 0) return;
      const { copy, from } = latest.current;
      const session = copy.sessions.find((s) => s.id === id);
      if (!session?.editable) return;
      if (e.pointerType === 'mouse') e.preventDefault();
      // A card from the panel is held by the middle of its first quarter hour, so dropping it on the middle of a
      // slot starts it at that slot's time; a placed session is held where the pointer caught it.
      let grab = fromWhere === 'list' ? SLOT_MINUTES / 2 : 0;
      if (fromWhere === 'grid' && session['starts-at']) {
        const column = columns.current.get(session.room ?? '');
        const r = column?.getBoundingClientRect();
        if (r) grab = from + (e.clientY - r.top) / PX_PER_MINUTE - wallMinutes(session['starts-at'], tz);
      }
      const d: Drag = { id, mode, from: fromWhere, grab, x: e.clientX, y: e.clientY, started: false, target: null };
      dragRef.current = d;
      setDrag(d);
    },
    [tz],
  );

  useEffect(() => {
    if (!drag) return;
    const moveHandler = (e: PointerEvent) => {
      const d = dragRef.current!;
      const started = d.started || Math.abs(e.clientX - d.x) + Math.abs(e.clientY - d.y) > 4;
      if (!started) return;
      const target = targetAt(d, e.clientX, e.clientY);
      const same =
        d.started &&
        (target === d.target || (target && d.target && target !== 'unscheduled' && d.target !== 'unscheduled' && target.room === d.target.room && target.start === d.target.start && target.end === d.target.end));
      if (same) return;
      dragRef.current = { ...d, started: true, target };
      setDrag(dragRef.current);
    };
    const up = (e: PointerEvent) => {
      const d = dragRef.current!;
      dragRef.current = null;
      setDrag(null);
      if (!d.started) return;
      suppressClick.current = true;
      setTimeout(() => (suppressClick.current = false), 0);
      const target = targetAt(d, e.clientX, e.clientY) ?? d.target;
      if (target === 'unscheduled') {
        if (byId.get(d.id)?.['starts-at']) onMove({ id: d.id, room: null, start: null, end: null });
      } else if (target) {
        onMove({ id: d.id, room: target.room, start: new Date(target.start).toISOString(), end: new Date(target.end).toISOString() });
      }
    };
    const cancel = () => {
      dragRef.current = null;
      setDrag(null);
    };
    const escape = (e: globalThis.KeyboardEvent) => e.key === 'Escape' && cancel();
    window.addEventListener('pointermove', moveHandler);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    window.addEventListener('keydown', escape);
    return () => {
      window.removeEventListener('pointermove', moveHandler);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      window.removeEventListener('keydown', escape);
    };
  }, [drag !== null, targetAt, onMove, byId]); // eslint-disable-line react-hooks/exhaustive-deps

  /** Arrow keys on a focused session: up and down by 5 minutes, left and right to the next room. */
  const nudge = useCallback(
    (e: KeyboardEvent, shown: SchedulerSession) => {
      const session = latestSession(shown.id) ?? shown;
      if (!session.editable || !session['starts-at'] || !session['ends-at'] || e.altKey || e.ctrlKey || e.metaKey) return;
      const start = Date.parse(session['starts-at']);
      const end = Date.parse(session['ends-at']);
      const at = rooms.findIndex((r) => r.id === session.room);
      let next: { room: string | null; start: number; end: number } | null = null;
      if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
        const delta = (e.key === 'ArrowUp' ? -5 : 5) * 60_000;
        next = e.shiftKey ? { room: session.room, start, end: Math.max(start + 5 * 60_000, end + delta) } : { room: session.room, start: start + delta, end: end + delta };
      } else if ((e.key === 'ArrowLeft' && at > 0) || (e.key === 'ArrowRight' && at < rooms.length - 1)) {
        next = { room: rooms[at + (e.key === 'ArrowLeft' ? -1 : 1)].id, start, end };
      }
      if (!next) return;
      e.preventDefault();
      onMove({ id: session.id, room: next.room, start: new Date(next.start).toISOString(), end: new Date(next.end).toISOString() });
    },
    [rooms, onMove, latestSession],
  );

  const openSession = useCallback((id: string) => !suppressClick.current && setDialog({ kind: 'session', id }), []);
  const pickSlot = useCallback((room: string, minutes: number) => setDialog({ kind: 'slot', room, date: latest.current.day, minutes }), []);
  const allClashes = [...clashes.entries()].filter(([id]) => byId.has(id));
  const placedById = new Map(placed.map((p) => [p.id, p]));
  const draggedTarget = drag?.started && drag.target && drag.target !== 'unscheduled' ? drag.target : null;
  const dayLabel = (date: string) => formatDate(`${date}T12:00:00Z`, 'UTC');

  return (
    <div className={`scheduler ${drag?.started ? 'is-dragging' : ''}`}>
      <aside ref={panel} className={`unscheduled panel ${drag?.started && drag.target === 'unscheduled' ? 'drop-here' : ''}`} aria-labelledby="unscheduled-title">
        <h3 id="unscheduled-title">
          Unscheduled <span className="tab-count">{copy.sessions.filter((s) => !s['starts-at']).length}</span>
        </h3>
        <SearchBox label="Search unscheduled sessions" placeholder="Search title or speaker" />
        <p className="hint">Drag a session into a room and time, or open it to place it with the keyboard. Drop a session here to unschedule it.</p>
        {unscheduled.length === 0 ? (
          <p className="muted">{query ? 'No unscheduled session matches the search.' : 'Every accepted and confirmed session has a place.'}</p>
        ) : (
          <ul className="unscheduled-list">
            {unscheduled.map((session) => (
              <li key={session.id}>
                <button
                  type="button"
                  className={`card ${drag?.id === session.id && drag.started ? 'dragging' : ''}`}
                  style={{ borderLeftColor: (session.track && trackColor.get(session.track)) || undefined }}
                  onPointerDown={(e) => startDrag(e, session.id, 'list', 'move')}
                  onClick={() => openSession(session.id)}
                  disabled={!session.editable}
                >
                  <span className="card-title">
                    <span className="sr-inline">Place </span>
                    {session.title}
                  </span>
                  <span className="card-meta">
                    {lengthOf(session, copy)} min{session.speakers.length > 0 ? ` · ${session.speakers.map((s) => s.name).join(', ')}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </aside>

      <section className="grid-area" aria-label="Schedule grid">
        <nav className="day-tabs" aria-label="Days">
          <ul>
            {days.map((date) => (
              <li key={date}>
                <Link
                  to={`?${new URLSearchParams({ ...Object.fromEntries(params), day: date }).toString()}`}
                  replace
                  className={date === day ? 'tab active' : 'tab'}
                  aria-current={date === day ? 'page' : undefined}
                  onClick={(e) => (e.preventDefault(), setDay(date))}
                >
                  {dayLabel(date)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="hint">Times in {tz.replaceAll('_', ' ')}. Arrow keys move a focused session by 5 minutes or to the next room; Shift with up and down changes its length.</p>
        {rooms.length === 0 ? (
          <Notice tone="info">Add rooms to the event to schedule sessions in them.</Notice>
        ) : (
          <div className="grid-scroll" ref={scroller} tabIndex={-1}>
            <div className="grid" style={{ gridTemplateColumns: `3.5rem repeat(${rooms.length}, minmax(9.5rem, 1fr))` }}>
              <div className="corner" aria-hidden="true" />
              {rooms.map((room) => (
                <div className="room-head" key={room.id}>
                  {room.name}
                </div>
              ))}
              <TimeColumn from={from} to={to} />
              {rooms.map((room, index) => (
                <div
                  key={room.id}
                  className="room-col"
                  data-room-name={room.name}
                  ref={(el) => {
                    if (el) columns.current.set(room.id, el);
                    else columns.current.delete(room.id);
                  }}
                  style={{ height: (to - from) * PX_PER_MINUTE }}
                >
                  <span id={`room-${room.id}`} hidden>
                    {room.name}
                  </span>
                  {outside.map(([a, b]) => (
                    <div key={a} className="outside" style={{ top: (a - from) * PX_PER_MINUTE, height: (b - a) * PX_PER_MINUTE }} aria-hidden="true" />
                  ))}
                  <Slots room={room} roomIndex={index} roomCount={rooms.length} from={from} to={to} onPick={pickSlot} />
                  {onDay
                    .filter((p) => p.room === room.id && !(drag?.started && drag.id === p.id))
                    .map((p) => {
                      const session = byId.get(p.id)!;
                      return (
                        <SessionBlock
                          key={p.id}
                          session={session}
                          roomId={room.id}
                          lane={laneOf.get(p.id) ?? { lane: 0, of: 1 }}
                          timeZone={tz}
                          top={(wallMinutes(p.start, tz) - from) * PX_PER_MINUTE}
                          height={Math.max(5, Math.round((p.end - p.start) / 60_000)) * PX_PER_MINUTE}
                          color={(session.track && trackColor.get(session.track)) || undefined}
                          clashes={(clashes.get(p.id) ?? []).join('\n')}
                          onPointerDown={startDrag}
                          onOpen={openSession}
                          onKeyDown={nudge}
                        />
                      );
                    })}
                  {draggedTarget && draggedTarget.room === room.id && localDate(draggedTarget.start, tz) === day && (
                    <div
                      className={`block preview ${clashes.has(drag!.id) ? 'has-clash' : ''}`}
                      style={{ top: (wallMinutes(draggedTarget.start, tz) - from) * PX_PER_MINUTE, height: Math.max(5, (draggedTarget.end - draggedTarget.start) / 60_000) * PX_PER_MINUTE }}
                      aria-hidden="true"
                    >
                      <span className="block-title">{byId.get(drag!.id)?.title}</span>
                      <span className="block-time">
                        {formatTime(new Date(draggedTarget.start).toISOString(), tz)} – {formatTime(new Date(draggedTarget.end).toISOString(), tz)}
                      </span>
                      {(clashes.get(drag!.id) ?? []).map((text) => (
                        <span className="clash" key={text}>
                          <ClashIcon /> {text}
                        </span>
                      ))}
                    </div>
                  )}
                </div>
              ))}
            </div>
          </div>
        )}
        <div className="clash-summary" aria-live="polite">
          {allClashes.length === 0 ? (
            <p className="muted">No clashes.</p>
          ) : (
            <>
              <h3>
                <ClashIcon /> Clashes ({allClashes.length} {allClashes.length === 1 ? 'session' : 'sessions'})
              </h3>
              <ul>
                {allClashes.slice(0, 50).map(([id, texts]) => (
                  <li key={id}>
                    <button type="button" className="linklike" onClick={() => setDialog({ kind: 'session', id })}>
                      {byId.get(id)!.title}
                    </button>{' '}
                    ({dayLabel(localDate(placedById.get(id)?.start ?? eventStart, tz))}): {texts.join('; ')}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </section>
      {dialog && <PlaceDialog copy={copy} target={dialog} days={days} placed={placed} onClose={() => setDialog(null)} />}
    </div>
  );
}

const TimeColumn = memo(function TimeColumn({ from, to }: { from: number; to: number }) {
  const hours: number[] = [];
  for (let m = Math.ceil(from / 60) * 60; m < to; m += 60) hours.push(m);
  return (
    <div className="times" style={{ height: (to - from) * PX_PER_MINUTE }} aria-hidden="true">
      {hours.map((m) => (
        <span key={m} style={{ top: (m - from) * PX_PER_MINUTE }}>
          {clock(m)}
        </span>
      ))}
    </div>
  );
});

/**
 * The slots of one room: buttons named "Room 1, 10:00", one tab stop for the whole grid (the first slot of the
 * first room), arrow keys between them, Enter to place a session there.
 */
const Slots = memo(function Slots({ room, roomIndex, roomCount, from, to, onPick }: { room: { id: string; name: string }; roomIndex: number; roomCount: number; from: number; to: number; onPick: (room: string, minutes: number) => void }) {
  const slots: number[] = [];
  for (let m = from; m < to; m += SLOT_MINUTES) slots.push(m);
  const keys = (e: KeyboardEvent<HTMLButtonElement>) => {
    const here = e.currentTarget;
    const minute = Number(here.dataset.minute);
    const grid = here.closest('.grid');
    let selector: string | null = null;
    if (e.key === 'ArrowDown') selector = `[data-room-index="${roomIndex}"][data-minute="${minute + SLOT_MINUTES}"]`;
    if (e.key === 'ArrowUp') selector = `[data-room-index="${roomIndex}"][data-minute="${minute - SLOT_MINUTES}"]`;
    if (e.key === 'ArrowRight' && roomIndex < roomCount - 1) selector = `[data-room-index="${roomIndex + 1}"][data-minute="${minute}"]`;
    if (e.key === 'ArrowLeft' && roomIndex > 0) selector = `[data-room-index="${roomIndex - 1}"][data-minute="${minute}"]`;
    const next = selector ? grid?.querySelector<HTMLButtonElement>(`.slot${selector}`) : null;
    if (!next) return;
    e.preventDefault();
    here.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  };
  return (
    <div className="slots">
      {slots.map((m) => (
        <button
          key={m}
          type="button"
          className={`slot ${m % 60 === 0 ? 'hour' : ''}`}
          style={{ height: SLOT_MINUTES * PX_PER_MINUTE }}
          aria-label={`${room.name}, ${clock(m)}`}
          data-room-index={roomIndex}
          data-minute={m}
          tabIndex={roomIndex === 0 && m === from ? 0 : -1}
          onKeyDown={keys}
          onClick={() => onPick(room.id, m)}
        />
      ))}
    </div>
  );
});

interface BlockProps {
  session: SchedulerSession;
  roomId: string;
  lane: { lane: number; of: number };
  timeZone: string;
  top: number;
  height: number;
  color?: string;
  clashes: string;
  onPointerDown: (e: ReactPointerEvent, id: string, from: 'list' | 'grid', mode: 'move' | 'resize') => void;
  onOpen: (id: string) => void;
  onKeyDown: (e: KeyboardEvent, session: SchedulerSession) => void;
}

const SessionBlock = memo(function SessionBlock({ session, roomId, lane, timeZone, top, height, color, clashes, onPointerDown, onOpen, onKeyDown }: BlockProps) {
  const start = formatTime(session['starts-at'], timeZone);
  const end = formatTime(session['ends-at'], timeZone);
  const texts = clashes ? clashes.split('\n') : [];
  const id = `block-${session.id}`;
  const who = session.speakers.length > 0 ? ` · ${session.speakers.map((s) => s.name).join(', ')}` : '';
  return (
    <div
      className={`block ${texts.length ? 'has-clash' : ''} ${session.editable ? '' : 'locked'}`}
      style={{ top, height, borderLeftColor: color, left: `calc(${(lane.lane / lane.of) * 100}% + 3px)`, width: `calc(${100 / lane.of}% - 6px)`, right: 'auto' }}
      data-session={session.id}
    >
      <button
        type="button"
        className="block-body"
        aria-describedby={texts.length ? `room-${roomId} ${id}-clash` : `room-${roomId}`}
        onPointerDown={(e) => onPointerDown(e, session.id, 'grid', 'move')}
        onClick={() => onOpen(session.id)}
        onKeyDown={(e) => onKeyDown(e, session)}
      >
        <span className="block-title">
          {texts.length > 0 && <ClashIcon />}
          {session.title}
        </span>
        <span className="block-time">
          {start} – {end}
          {who}
        </span>
      </button>
      {texts.length > 0 && (
        <span className="clash" id={`${id}-clash`}>
          {texts.join(' · ')}
        </span>
      )}
      {session.editable && <span className="resize" aria-hidden="true" onPointerDown={(e) => onPointerDown(e, session.id, 'grid', 'resize')} />}
    </div>
  );
});
