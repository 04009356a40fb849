// /events/<id>/orders/<tab>: the event's orders by status (an unfinished checkout counts as pending) with every
// tab's count, one search box (order number, buyer, attendee), sorting and paging on the server, marking placed
// orders completed and cancelling from the row, "Export as → CSV" of what is shown, and new orders made elsewhere
// appearing within a few seconds.
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
import { useEventContext } from '../../lib/event';
import { formatDateTime, formatMoney } from '../../lib/format';
import { useLiveRefresh } from '../../lib/live';
import { useListView } from '../../lib/url-state';
import { CANCELLABLE, COMPLETABLE, orderNumber, ordersKey, PAGE_SIZE, statusWord, TABS, useOrders, type Order, type OrderTab } from './api';
import { StatusDialog, type StatusChange } from './StatusDialog';
import './orders.css';

export function OrdersPage() {
  const { event, permissions } = useEventContext();
  const { status } = useParams();
  const key = event.attributes.identifier!;
  if (!permissions.can['view-orders']) return <Notice tone="warn">Your role on this event does not let you see its orders.</Notice>;
  const tab = TABS.find((item) => item.tab === status)?.tab;
  if (!tab) return <Navigate to={`/events/${key}/orders/completed`} replace />;
  return <OrderList tab={tab} />;
}

function OrderList({ tab }: { tab: OrderTab }) {
  const { event, permissions } = useEventContext();
  const key = event.attributes.identifier!;
  const timeZone = event.attributes.timezone;
  const can = permissions.can;
  const { view, setSort, setPage } = useListView(tab);
  const { search, sort, page } = view;
  const list = useOrders(key, view);
  const live = useLiveRefresh(key, [ordersKey(key)]);
  const [change, setChange] = useState<StatusChange | null>(null);
  const [said, setSaid] = useState('');
  const base = `/events/${key}/orders`;

  const columns = useMemo<ColumnDef<Order, unknown>[]>(
    () => [
      {
        id: 'order',
        header: 'Order',
        meta: { sort: 'created-at' },
        cell: ({ row }) => (
          <span className="order-cell">
            <Link to={`${base}/${tab}/${row.original.attributes.identifier}`}>{orderNumber(row.original)}</Link>
            <span className="hint">{formatDateTime(row.original.attributes['created-at'], timeZone)}</span>
          </span>
        ),
      },
      {
        id: 'buyer',
        header: 'Buyer',
        meta: { sort: 'buyer-name' },
        cell: ({ row }) => (
          <span className="buyer-cell">
            <strong>{row.original.attributes['buyer-name'] ?? 'No name'}</strong>
            <span className="wrap-anywhere">{row.original.attributes['buyer-email']}</span>
          </span>
        ),
      },
      { id: 'tickets', header: 'Tickets', cell: ({ row }) => <span className="num">{row.original.attributes['ticket-count']}</span> },
      { id: 'amount', header: 'Amount', meta: { sort: 'amount' }, cell: ({ row }) => <span className="num">{formatMoney(row.original.attributes.amount, row.original.attributes.currency)}</span> },
      {
        id: 'status',
        header: 'Status',
        meta: { sort: 'status' },
        cell: ({ row }) => <span className={`badge badge-${row.original.attributes.status}`}>{statusWord(row.original.attributes.status)}</span>,
      },
      {
        id: 'actions',
        header: 'Actions',
        cell: ({ row }) => {
          const order = row.original;
          if (!can['manage-orders'] || !(COMPLETABLE.has(order.attributes.status) || CANCELLABLE.has(order.attributes.status))) return null;
          return (
            <span className="row-actions">
              {COMPLETABLE.has(order.attributes.status) && (
                <Button variant="secondary" className="small" onClick={() => setChange({ kind: 'complete', order })} aria-label={`Mark order ${orderNumber(order)} completed`}>
                  Mark completed
                </Button>
              )}
              {CANCELLABLE.has(order.attributes.status) && (
                <Button variant="quiet" className="small" onClick={() => setChange({ kind: 'cancel', order })} aria-label={`Cancel order ${orderNumber(order)}`}>
                  Cancel
                </Button>
              )}
            </span>
          );
        },
      },
    ],
    [base, tab, timeZone, can],
  );

  const keep = search ? `?q=${encodeURIComponent(search)}` : '';
  const counts = list.data?.meta.tabs as Record<OrderTab, number> | undefined;
  const label = TABS.find((item) => item.tab === tab)!.label;
  const what = `the ${tab === 'all' ? '' : `“${label}” `}orders${search ? ` matching “${search}”` : ''}`;

  return (
    <section className="stack list-page" aria-labelledby="orders-heading">
      <div className="list-head">
        <h2 id="orders-heading">Orders</h2>
        <LiveBadge connected={live} />
      </div>
      <div className="toolbar">
        <SearchBox label="Search orders" placeholder="Order number, buyer or attendee" />
        {can.export && <ExportMenu eventKey={key} format="orders.csv" options={{ tab, search }} what={what} timeZone={timeZone} />}
      </div>
      <Tabs label="Orders by status" items={TABS.map((item) => ({ to: `${base}/${item.tab}${keep}`, label: item.label, count: counts?.[item.tab] }))} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      {list.isPending ? (
        <Loading label="Loading orders…" />
      ) : list.error ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.data.length === 0 ? (
        <EmptyState title={search ? `No order matches “${search}” here.` : 'No orders on this tab.'} />
      ) : (
        <>
          <DataTable caption={`Orders: ${label}`} columns={columns} rows={list.data.data} rowKey={(row) => row.id} sorting={{ sort: sort || '-created-at', onSort: setSort }} />
          <Pagination label="Order pages" page={page} pageSize={PAGE_SIZE} total={list.data.meta.count} onPage={setPage} />
        </>
      )}
      <StatusDialog eventKey={key} change={change} onClose={() => setChange(null)} onDone={(order) => setSaid(`Order ${orderNumber(order)} is now ${statusWord(order.attributes.status)}.`)} />
    </section>
  );
}
