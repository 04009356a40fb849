// /events/<id>/sessions/<state>: the event's sessions by state with every tab's count, one search box (title,
// speaker, track), sorting and paging on the server, and accepting, rejecting or confirming the sessions picked on
// the page or all that match the tab and search (done by the server in one request); "Export as → CSV" of what is
// shown. Track organizers change the sessions of their tracks; the API refuses the rest and the page says so.
import type { ColumnDef } from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { Button, ButtonLink } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { Pagination } from '../../components/Pagination';
import { ExportMenu } from '../../components/ExportMenu';
import { Notice } from '../../components/Notice';
import { SearchBox } from '../../components/SearchBox';
import { EmptyState, LoadError, Loading } from '../../components/States';
import { Tabs } from '../../components/Tabs';
import { useEventContext } from '../../lib/event';
import { formatDateTime, formatTime } from '../../lib/format';
import { useListView } from '../../lib/url-state';
import { PAGE_SIZE, stateLabel, TABS, useBulkState, useSessions, type BulkTarget, type Session, type SessionState, type SessionTab } from './api';
import { NoProgramAccess } from './parts';
import './program.css';

const ACTIONS: { state: SessionState; label: string; done: string }[] = [
  { state: 'accepted', label: 'Accept', done: 'accepted' },
  { state: 'confirmed', label: 'Confirm', done: 'confirmed' },
  { state: 'rejected', label: 'Reject', done: 'rejected' },
];

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export function SessionsPage() {
  const { event, permissions } = useEventContext();
  const { status } = useParams();
  const key = event.attributes.identifier!;
  useEffect(() => {
    document.title = `Sessions · ${event.attributes.name} · Convene`;
  }, [event.attributes.name]);
  if (!permissions.can['manage-program']) return <NoProgramAccess what="sessions" />;
  const tab = TABS.find((item) => item.tab === status)?.tab;
  if (!tab) return <Navigate to={`/events/${key}/sessions/all`} replace />;
  return <SessionList tab={tab} />;
}

function timeOf(session: Session, zone: string): string {
  const { 'starts-at': starts, 'ends-at': ends } = session.attributes;
  if (!starts) return 'Not scheduled';
  return ends ? `${formatDateTime(starts, zone)}–${formatTime(ends, zone)}` : formatDateTime(starts, zone);
}

function SessionList({ tab }: { tab: SessionTab }) {
  const { event, permissions } = useEventContext();
  const key = event.attributes.identifier!;
  const zone = event.attributes.timezone;
  const can = permissions.can;
  const { view, setSort, setPage } = useListView(tab);
  const { search, sort, page } = view;
  const list = useSessions(key, view);
  const bulk = useBulkState(key);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [confirming, setConfirming] = useState<(typeof ACTIONS)[number] | null>(null);
  const [said, setSaid] = useState('');
  const base = `/events/${key}/sessions`;
  const viewKey = JSON.stringify(view);
  // A new tab, search, sort or page is a new list: what was picked on the old one is let go.
  useEffect(() => {
    setPicked(new Set());
    setAllMatching(false);
  }, [viewKey]);

  const rows = useMemo(() => list.data?.data ?? [], [list.data]);
  const speakerNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const item of list.data?.included ?? []) if (item.type === 'speaker') names.set(item.id, String(item.attributes.name ?? ''));
    return names;
  }, [list.data]);
  const total = list.data?.meta.count ?? 0;
  const pageIds = rows.map((row) => row.id);
  const wholePage = pageIds.length > 0 && pageIds.every((id) => picked.has(id));
  const toggle = (id: string) =>
    setPicked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      setAllMatching(false);
      return next;
    });

  const columns = useMemo<ColumnDef<Session, unknown>[]>(
    () => [
      {
        id: 'pick',
        header: 'Select',
        cell: ({ row }) => (
          <input type="checkbox" className="pick" aria-label={`Select “${row.original.attributes.title}”`} checked={allMatching || picked.has(row.original.id)} onChange={() => toggle(row.original.id)} />
        ),
      },
      {
        id: 'title',
        header: 'Title',
        meta: { sort: 'title' },
        cell: ({ row }) => (
          <span className="title-cell">
            {can['manage-program'] ? <Link to={`/events/${key}/sessions/${tab}/${row.original.id}${search ? `?q=${encodeURIComponent(search)}` : ''}`}>{row.original.attributes.title}</Link> : row.original.attributes.title}
            {row.original.attributes.subtitle && <span className="hint">{row.original.attributes.subtitle}</span>}
          </span>
        ),
      },
      {
        id: 'speakers',
        header: 'Speakers',
        cell: ({ row }) => (row.original.relationships?.speakers?.data ?? []).map((ref) => speakerNames.get(ref.id)).filter(Boolean).join(', ') || <span className="hint">None</span>,
      },
      { id: 'track', header: 'Track', meta: { sort: 'track-name' }, cell: ({ row }) => row.original.attributes['track-name'] ?? <span className="hint">None</span> },
      { id: 'type', header: 'Type', meta: { sort: 'session-type-name' }, cell: ({ row }) => row.original.attributes['session-type-name'] ?? <span className="hint">None</span> },
      { id: 'room', header: 'Room', meta: { sort: 'microlocation-name' }, cell: ({ row }) => row.original.attributes['microlocation-name'] ?? <span className="hint">None</span> },
      { id: 'time', header: 'Time', meta: { sort: 'starts-at' }, cell: ({ row }) => <span className="num">{timeOf(row.original, zone)}</span> },
      { id: 'state', header: 'State', meta: { sort: 'state' }, cell: ({ row }) => <span className={`badge badge-session-${row.original.attributes.state}`}>{stateLabel(row.original.attributes.state)}</span> },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, tab, search, zone, can, speakerNames, picked, allMatching, wholePage, viewKey],
  );

  const keep = search ? `?q=${encodeURIComponent(search)}` : '';
  const counts = list.data?.meta.tabs as Record<SessionTab, number> | undefined;
  const label = TABS.find((item) => item.tab === tab)!.label;
  const matching = `${search ? ` matching “${search}”` : ''}${tab === 'all' ? '' : ` in ${label}`}`;
  const what = `the ${tab === 'all' ? '' : `“${label}” `}sessions${search ? ` matching “${search}”` : ''}`;
  const selected = allMatching ? total : picked.size;

  const run = (action: (typeof ACTIONS)[number]) => {
    const target: BulkTarget = allMatching ? { filter: { tab, search } } : { ids: [...picked] };
    bulk.mutate(
      { state: action.state, target },
      {
        onSuccess: (result) => {
          setConfirming(null);
          setPicked(new Set());
          setAllMatching(false);
          const unchanged = result.matched - result.changed;
          setSaid(
            `${plural(result.changed, 'session')} ${action.done}.` +
              (unchanged > 0 ? ` ${plural(unchanged, 'session')} already ${unchanged === 1 ? 'was' : 'were'}.` : '') +
              (result['not-allowed'] > 0 ? ` ${plural(result['not-allowed'], 'session')} outside your tracks ${result['not-allowed'] === 1 ? 'was' : 'were'} left as ${result['not-allowed'] === 1 ? 'it was' : 'they were'}.` : ''),
          );
        },
      },
    );
  };

  return (
    <section className="stack list-page" aria-labelledby="sessions-heading">
      <div className="section-head">
        <h2 id="sessions-heading">Sessions</h2>
        {can['edit-program'] && <ButtonLink to={`/events/${key}/sessions/new`}>Add a session</ButtonLink>}
      </div>
      <div className="toolbar">
        <SearchBox label="Search sessions" placeholder="Title, speaker or track" />
        {can.export && <ExportMenu eventKey={key} format="sessions.csv" options={{ tab, search }} what={what} timeZone={zone} />}
      </div>
      <Tabs label="Sessions by state" items={TABS.map((item) => ({ to: `${base}/${item.tab}${keep}`, label: item.label, count: counts?.[item.tab] }))} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      {said && <Notice tone="ok">{said}</Notice>}
      {bulk.error && !confirming && <Notice tone="bad">Nothing was changed: {bulk.error.message}</Notice>}
      {selected > 0 && (
        <div className="bulk-bar" role="region" aria-label="Selected sessions">
          <p className="bulk-count">
            {allMatching ? `All ${plural(total, 'session')}${matching} are selected.` : `${plural(picked.size, 'session')} selected.`}{' '}
            {!allMatching && wholePage && total > rows.length && (
              <button type="button" className="link-button" onClick={() => setAllMatching(true)}>
                Select all {plural(total, 'session')}{matching}
              </button>
            )}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setPicked(new Set());
                setAllMatching(false);
              }}
            >
              Clear selection
            </button>
          </p>
          <div className="bulk-actions">
            {ACTIONS.map((action) => (
              <Button
                key={action.state}
                variant={action.state === 'accepted' ? 'primary' : 'secondary'}
                className="small"
                busy={bulk.isPending && bulk.variables?.state === action.state}
                disabled={bulk.isPending}
                onClick={() => (allMatching ? setConfirming(action) : run(action))}
              >
                {action.label}
              </Button>
            ))}
          </div>
        </div>
      )}
      {list.isPending ? (
        <Loading label="Loading sessions…" />
      ) : list.error ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={search ? `No session matches “${search}” here.` : 'No sessions on this tab.'} />
      ) : (
        <>
          <label className="choice pick-page">
            <input
              type="checkbox"
              checked={wholePage}
              onChange={() => {
                setAllMatching(false);
                setPicked(wholePage ? new Set() : new Set(pageIds));
              }}
            />
            <span>Select every session on this page</span>
          </label>
          <DataTable caption={`Sessions: ${label}`} columns={columns} rows={rows} rowKey={(row) => row.id} sorting={{ sort: sort || 'starts-at', onSort: setSort }} />
          <Pagination label="Session pages" page={page} pageSize={PAGE_SIZE} total={total} onPage={setPage} />
        </>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? `${confirming.label} all ${plural(total, 'session')}${matching}?` : ''}
        confirmLabel={confirming ? `${confirming.label} ${plural(total, 'session')}` : ''}
        danger={confirming?.state === 'rejected'}
        busy={bulk.isPending}
        onCancel={() => {
          bulk.reset();
          setConfirming(null);
        }}
        onConfirm={() => confirming && run(confirming)}
      >
        <p>Every session that matches now is changed, also those on other pages of the list.</p>
        {bulk.error && <Notice tone="bad">{bulk.error.message}</Notice>}
      </ConfirmDialog>
    </section>
  );
}
