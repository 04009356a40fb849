// One order: its amounts, payment and billing details, its attendees with their check-in state, its status history
// with who changed what and when, and the organizer's actions (mark completed, cancel with a note, resend the
// confirmation mail).
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { LoadError, Loading } from '../../components/States';
import { FormAnswers } from '../../components/FormAnswers';
import { answerPairs, useAttendeeQuestions } from '../../lib/attendee-form';
import { useEventContext } from '../../lib/event';
import { formatDateTime, formatMoney } from '../../lib/format';
import { useLiveRefresh } from '../../lib/live';
import { CANCELLABLE, COMPLETABLE, orderNumber, ordersKey, statusWord, TABS, useOrder, useOrderAttendees, useOrderHistory, useResendConfirmation, type Order } from './api';
import { StatusDialog, type StatusChange } from './StatusDialog';
import './orders.css';

const CONFIRMED = new Set(['completed', 'placed']);

export function OrderPage() {
  const { permissions } = useEventContext();
  if (!permissions.can['view-orders']) return <Notice tone="warn">Your role on this event does not let you see its orders.</Notice>;
  return <OrderView />;
}

function OrderView() {
  const { event } = useEventContext();
  const { status = 'all', identifier = '' } = useParams();
  const key = event.attributes.identifier!;
  const order = useOrder(key, identifier);
  useLiveRefresh(key, [[...ordersKey(key), 'one', identifier]]);
  const tab = TABS.find((item) => item.tab === status) ?? TABS[5];
  const back = (
    <p className="back-link">
      <Link to={`/events/${key}/orders/${tab.tab}`}>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <path d="M9 2.5L4.5 7 9 11.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {tab.label} orders
      </Link>
    </p>
  );
  if (order.isPending) return <Loading label="Loading the order…" />;
  if (order.error) {
    return (
      <div className="stack">
        {back}
        <LoadError error={order.error} onRetry={() => void order.refetch()} />
      </div>
    );
  }
  return (
    <div className="stack">
      {back}
      <OrderDetails order={order.data} />
    </div>
  );
}

function OrderDetails({ order }: { order: Order }) {
  const { event, permissions } = useEventContext();
  const key = event.attributes.identifier!;
  const timeZone = event.attributes.timezone;
  const a = order.attributes;
  const identifier = a.identifier!;
  const attendees = useOrderAttendees(key, identifier);
  const questions = useAttendeeQuestions(key);
  const history = useOrderHistory(key, identifier);
  const resend = useResendConfirmation();
  const [change, setChange] = useState<StatusChange | null>(null);
  const number = orderNumber(order);
  const money = (value: number | null | undefined) => formatMoney(value, a.currency);
  const can = permissions.can['manage-orders'];
  useEffect(() => {
    document.title = `Order ${number} · ${event.attributes.name} · Convene`;
  }, [number, event.attributes.name]);
  const billing = [a.company, a.address, [a.zipcode, a.city].filter(Boolean).join(' '), a.state, a.country].filter(Boolean);
  return (
    <>
      <section className="panel order-head" aria-labelledby="order-heading">
        <div className="order-title">
          <h2 id="order-heading">Order {number}</h2>
          <span className={`badge badge-${a.status}`}>{statusWord(a.status)}</span>
        </div>
        {can && (
          <div className="order-actions">
            {COMPLETABLE.has(a.status) && <Button onClick={() => setChange({ kind: 'complete', order })}>Mark completed</Button>}
            {CONFIRMED.has(a.status) && (
              <Button variant="secondary" busy={resend.isPending} onClick={() => resend.mutate(identifier)}>
                {resend.isPending ? 'Sending…' : 'Resend confirmation'}
              </Button>
            )}
            {CANCELLABLE.has(a.status) && (
              <Button variant="danger" onClick={() => setChange({ kind: 'cancel', order })}>
                Cancel order
              </Button>
            )}
          </div>
        )}
        {resend.isSuccess && <Notice tone="ok">The confirmation was sent to {resend.data['sent-to']}.</Notice>}
        {resend.error && <Notice tone="bad">{resend.error.message}</Notice>}
        <dl className="facts">
          <div>
            <dt>Ordered</dt>
            <dd>{formatDateTime(a['created-at'], timeZone)}</dd>
          </div>
          <div>
            <dt>Buyer</dt>
            <dd>
              {a['buyer-name'] ?? 'No name'}
              {a['buyer-email'] && (
                <>
                  <br />
                  <a href={`mailto:${a['buyer-email']}`} className="wrap-anywhere">
                    {a['buyer-email']}
                  </a>
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>Amount</dt>
            <dd>
              <strong>{money(a.amount)}</strong>
              <span className="hint">
                {' '}
                {a['ticket-count']} {a['ticket-count'] === 1 ? 'ticket' : 'tickets'} · sub-total {money(a['sub-total'])}
                {a['discount-amount'] ? ` · discount ${money(a['discount-amount'])}` : ''}
                {a['tax-amount'] ? ` · tax ${money(a['tax-amount'])}${a['is-tax-included'] ? ' included' : ''}` : ''}
              </span>
            </dd>
          </div>
          <div>
            <dt>Payment</dt>
            <dd>
              {a['payment-mode'] ?? 'Not chosen yet'}
              {a['paid-via'] ? ` · paid via ${a['paid-via']}` : ''}
              {a['transaction-id'] ? ` · ${a['transaction-id']}` : ''}
              {a['completed-at'] ? ` · completed ${formatDateTime(a['completed-at'], timeZone)}` : ''}
            </dd>
          </div>
          {billing.length > 0 && (
            <div>
              <dt>Billing</dt>
              <dd>
                {billing.join(', ')}
                {a['tax-business-info'] ? ` · tax id ${a['tax-business-info']}` : ''}
              </dd>
            </div>
          )}
          {a['order-notes'] && (
            <div>
              <dt>Buyer's note</dt>
              <dd>{a['order-notes']}</dd>
            </div>
          )}
          {a['cancel-note'] && (
            <div>
              <dt>Cancellation note</dt>
              <dd>{a['cancel-note']}</dd>
            </div>
          )}
        </dl>
      </section>

      <section className="panel" aria-labelledby="order-attendees-heading">
        <h3 id="order-attendees-heading">Attendees</h3>
        {attendees.isPending ? (
          <Loading label="Loading the attendees…" />
        ) : attendees.error ? (
          <LoadError error={attendees.error} onRetry={() => void attendees.refetch()} />
        ) : (
          <ul className="seat-list">
            {attendees.data.map((seat) => (
              <li key={seat.id}>
                <strong>{[seat.attributes.firstname, seat.attributes.lastname].filter(Boolean).join(' ') || 'Unnamed attendee'}</strong>
                <span>{seat.attributes['ticket-name']}</span>
                {seat.attributes.email && <span className="wrap-anywhere">{seat.attributes.email}</span>}
                <span className="hint">Ticket code {seat.attributes['ticket-code']}</span>
                <FormAnswers pairs={answerPairs(questions.data, seat.attributes['complex-field-values'])} />
                <span className={seat.attributes['is-checked-in'] ? 'seat-checkin in' : 'seat-checkin'}>
                  {seat.attributes['is-checked-in'] ? `Checked in ${formatDateTime(seat.attributes['checkin-times']?.split(',').pop(), timeZone)}` : 'Not checked in'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="order-history-heading">
        <h3 id="order-history-heading">Status history</h3>
        {history.isPending ? (
          <Loading label="Loading the history…" />
        ) : history.error ? (
          <LoadError error={history.error} onRetry={() => void history.refetch()} />
        ) : (
          <ol className="history">
            {history.data.map((step, index) => (
              <li key={index}>
                <time dateTime={step.at}>{formatDateTime(step.at, timeZone)}</time>
                <span className="history-step">
                  {step.from ? (
                    <>
                      {statusWord(step.from)}
                      <svg width="16" height="10" viewBox="0 0 16 10" aria-hidden="true" focusable="false">
                        <path d="M1 5h13M10 1.5L14 5l-4 3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
                      </svg>
                      <span className="visually-hidden"> to </span>
                    </>
                  ) : (
                    'Ordered: '
                  )}
                  <strong>{statusWord(step.to)}</strong>
                </span>
                <span className="hint">{step.by ? `by ${step.by.name ?? 'a deleted account'}` : 'by the server (unpaid in time)'}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <StatusDialog eventKey={key} change={change} onClose={() => setChange(null)} />
    </>
  );
}
