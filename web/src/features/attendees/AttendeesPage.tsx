// /events/<id>/attendees/<tab>: the event's attendees by order status and by check-in, with the counts of every tab,
// one search box (name, e-mail, order number; buyers too for organizers), sorting and paging on the server, check-in
// and check-out from the row (per day on a multi-day event), "Export as → CSV" of what is shown, and new orders and
// check-ins made elsewhere appearing within a few seconds.
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable';
import { Pagination } from '../../components/Pagination';
import { ExportMenu } from '../../components/ExportMenu';
import { LiveBadge } from '../../components/LiveBadge';
import { Notice } from '../../components/Notice';
import { SearchBox } from '../../components/SearchBox';
import { EmptyState, LoadError, Loading } from '../../components/States';
import { Tabs } from '../../components/Tabs';
import { FormAnswers } from '../../components/FormAnswers';
import { answerPairs, useAttendeeQuestions } from '../../lib/attendee-form';
import { useEventContext } from '../../lib/event';
import { dayIn, formatDate, formatMoney, formatTime } from '../../lib/format';
import { useLiveRefresh } from '../../lib/live';
import { useListView } from '../../lib/url-state';
import { attendeesKey, PAGE_SIZE, storeDevice, storedDevice, TABS, useAttendees, useCheckIn, type Attendee, type AttendeeTab } from './api';
import { dayStates, eventDays, type DayState } from './checkin';
import './attendees.css';

const CAN_COME_IN = new Set(['completed', 'placed']);
const name = (a: Attendee) => [a.attributes.firstname, a.attributes.lastname].filter(Boolean).join(' ') || 'Unnamed attendee';

export function AttendeesPage() {
  const { event, permissions } = useEventContext();
  const { status } = useParams();
  const key = event.attributes.identifier!;
  if (!permissions.can['view-attendees']) return <Notice tone="warn">Your role on this event does not let you see its attendees.</Notice>;
  const tab = TABS.find((item) => item.tab === status)?.tab;
  if (!tab) return <Navigate to={`/events/${key}/attendees/all`} replace />;
  return <AttendeeList tab={tab} />;
}

function AttendeeList({ tab }: { tab: AttendeeTab }) {
  const { event, permissions } = useEventContext();
  const key = event.attributes.identifier!;
  const timeZone = event.attributes.timezone;
  const currency = event.attributes['payment-currency'];
  const can = permissions.can;
  const { view, setSort, setPage } = useListView(tab);
  const { search, sort, page } = view;
  const list = useAttendees(key, view);
  const live = useLiveRefresh(key, [attendeesKey(key)]);
  const checkIn = useCheckIn(key);
  // The custom form's question names, for the answers shown under each attendee's name.
  const questions = useAttendeeQuestions(key);
  const [device, setDevice] = useState(storedDevice);
  const [said, setSaid] = useState('');

  const days = useMemo(() => eventDays(event.attributes['starts-at'], event.attributes['ends-at'], timeZone), [event.attributes, timeZone]);
  const today = dayIn(new Date().toISOString(), timeZone);
  const multiDay = days.length > 1;
  const dayNumber = (day: string) => days.indexOf(day) + 1;

  const toggle = (attendee: Attendee, checkedIn: boolean) =>
    checkIn.mutate(
      { attendee, checkedIn, device },
      {
        onSuccess: (saved) => {
          const time = checkedIn ? saved.data.attributes['checkin-times']?.split(',').pop() : saved.data.attributes['checkout-times']?.split(',').pop();
          setSaid(`${name(attendee)} checked ${checkedIn ? 'in' : 'out'} at ${formatTime(time, timeZone)}.`);
        },
        onError: (error) => setSaid(`${name(attendee)}: ${error.message}`),
      },
    );

  const columns = useMemo<ColumnDef<Attendee, unknown>[]>(() => {
    const state = (a: Attendee) => {
      const perDay = multiDay ? dayStates(a.attributes, days, timeZone) : [];
      const todayState = perDay.find((d) => d.day === today);
      // On an event day of a multi-day event, in and out are today's; otherwise the attendee's one state.
      const isIn = todayState ? todayState.in : a.attributes['is-checked-in'];
      return { perDay, isIn, forToday: Boolean(todayState) };
    };
    return [
      {
        id: 'order',
        header: 'Order',
        meta: { sort: 'id' },
        cell: ({ row }) => {
          const a = row.original.attributes;
          const order = a['ticket-code']?.slice(0, 36);
          return (
            <span className="attendee-order">
              {can['view-orders'] && order ? <Link to={`/events/${key}/orders/all/${order}`}>{a['order-number']}</Link> : <span>{a['order-number']}</span>}
              <span className={`badge badge-${a['order-status']}`}>{a['order-status'] === 'initializing' ? 'pending' : a['order-status']}</span>
            </span>
          );
        },
      },
      { id: 'ticket', header: 'Ticket', meta: { sort: 'ticket-name' }, cell: ({ row }) => row.original.attributes['ticket-name'] },
      {
        id: 'name',
        header: 'Name',
        meta: { sort: 'lastname' },
        cell: ({ row }) => (
          <>
            <strong>{name(row.original)}</strong>
            <FormAnswers pairs={answerPairs(questions.data, row.original.attributes['complex-field-values'])} />
          </>
        ),
      },
      { id: 'email', header: 'E-mail', meta: { sort: 'email' }, cell: ({ row }) => <span className="wrap-anywhere">{row.original.attributes.email}</span> },
      { id: 'price', header: 'Price', meta: { sort: 'ticket-price' }, cell: ({ row }) => <span className="num">{formatMoney(row.original.attributes['ticket-price'], currency)}</span> },
      {
        id: 'checkin',
        header: 'Check-in',
        meta: { sort: 'is-checked-in' },
        cell: ({ row }) => {
          const a = row.original;
          const { perDay, isIn, forToday } = state(a);
          const allowed = CAN_COME_IN.has(a.attributes['order-status'] ?? '');
          const busy = checkIn.isPending && checkIn.variables?.attendee.id === a.id;
          const dayWords = forToday ? ` for day ${dayNumber(today)}` : '';
          return (
            <div className="checkin-cell">
              <CheckinTimes attendee={a} perDay={perDay} multiDay={multiDay} timeZone={timeZone} dayNumber={dayNumber} />
              {can['check-in'] &&
                (allowed ? (
                  <Button variant={isIn ? 'quiet' : 'secondary'} className="small" busy={busy} onClick={() => toggle(a, !isIn)} aria-label={`${isIn ? 'Check out' : 'Check in'} ${name(a)}${dayWords}`}>
                    {isIn ? 'Check out' : 'Check in'}
                  </Button>
                ) : (
                  <span className="hint">Order {a.attributes['order-status'] === 'initializing' ? 'not paid' : a.attributes['order-status']}</span>
                ))}
            </div>
          );
        },
      },
    ];
    // checkIn.variables/isPending drive the busy row; the rest changes with the event.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, can, currency, multiDay, days, today, timeZone, checkIn.isPending, checkIn.variables, device, questions.data]);

  const base = `/events/${key}/attendees`;
  const keep = search ? `?q=${encodeURIComponent(search)}` : '';
  const counts = list.data?.meta.tabs as Record<AttendeeTab, number> | undefined;
  const label = TABS.find((item) => item.tab === tab)!.label;
  const what = `the ${tab === 'all' ? '' : `“${label}” `}attendees${search ? ` matching “${search}”` : ''}`;

  return (
    <section className="stack list-page" aria-labelledby="attendees-heading">
      <div className="list-head">
        <h2 id="attendees-heading">Attendees</h2>
        <LiveBadge connected={live} />
      </div>
      <div className="toolbar">
        <SearchBox label="Search attendees" placeholder="Name, e-mail or order number" />
        {can['check-in'] && (
          <div className="device-field">
            <label htmlFor="checkin-device">This device</label>
            <input
              id="checkin-device"
              type="text"
              value={device}
              maxLength={60}
              onChange={(e) => {
                setDevice(e.target.value);
                storeDevice(e.target.value);
              }}
            />
          </div>
        )}
        {can.export && <ExportMenu eventKey={key} format="attendees.csv" options={{ tab, search }} what={what} timeZone={timeZone} />}
      </div>
      <Tabs label="Attendees by status" items={TABS.map((item) => ({ to: `${base}/${item.tab}${keep}`, label: item.label, count: counts?.[item.tab] }))} />
      {multiDay && (
        <p className="hint days-hint">
          {days.length}-day event: check-in and check-out count per day{days.includes(today) ? `; today is day ${dayNumber(today)}` : ''}.
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      {list.isPending ? (
        <Loading label="Loading attendees…" />
      ) : list.error ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.data.length === 0 ? (
        <EmptyState title={search ? `No attendee matches “${search}” here.` : 'No attendees on this tab.'} />
      ) : (
        <>
          <div className="attendee-table">
            <DataTable caption={`Attendees: ${label}`} columns={columns} rows={list.data.data} rowKey={(row) => row.id} sorting={{ sort, onSort: setSort }} />
          </div>
          <Pagination label="Attendee pages" page={page} pageSize={PAGE_SIZE} total={list.data.meta.count} onPage={setPage} />
        </>
      )}
    </section>
  );
}

function CheckinTimes({ attendee, perDay, multiDay, timeZone, dayNumber }: { attendee: Attendee; perDay: DayState[]; multiDay: boolean; timeZone: string; dayNumber: (day: string) => number }) {
  const a = attendee.attributes;
  const active = perDay.filter((day) => day.lastIn || day.lastOut);
  if (multiDay && active.length > 0) {
    return (
      <ul className="checkin-days">
        {active.map((day) => (
          <li key={day.day} className={day.in ? 'in' : 'out'}>
            <span className="day-name">
              Day {dayNumber(day.day)} ({formatDate(`${day.day}T12:00:00Z`, 'UTC')})
            </span>{' '}
            {day.in ? `in ${formatTime(day.lastIn, timeZone)}` : `out ${formatTime(day.lastOut, timeZone)}`}
            {day.in && day.device ? ` · ${day.device}` : ''}
          </li>
        ))}
      </ul>
    );
  }
  const lastIn = a['checkin-times']?.split(',').pop();
  const lastOut = a['checkout-times']?.split(',').pop();
  const devices = a['device-name-checkin']?.split(',') ?? [];
  const device = devices[devices.length - 1];
  if (a['is-checked-in'] && lastIn) {
    return (
      <span className="checkin-state in">
        In since {formatTime(lastIn, timeZone)}
        {device && device !== '-' ? ` · ${device}` : ''}
        <span className="hint"> {formatDate(lastIn, timeZone)}</span>
      </span>
    );
  }
  if (lastOut) return <span className="checkin-state out">Out at {formatTime(lastOut, timeZone)}</span>;
  return <span className="checkin-state none">Not checked in</span>;
}
