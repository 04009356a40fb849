// Marking an order completed (with how an offline payment arrived) and cancelling it (with a note for the team):
// one dialog at a time, the API's error under the field it names, what was typed kept when saving fails.
import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextArea, TextField } from '../../components/Field';
import { FormError } from '../../components/Notice';
import type { ApiError } from '../../lib/api/client';
import { formatMoney } from '../../lib/format';
import { orderNumber, useChangeStatus, type Order } from './api';

export interface StatusChange {
  kind: 'complete' | 'cancel';
  order: Order;
}

export function StatusDialog({ eventKey, change, onClose, onDone }: { eventKey: string; change: StatusChange | null; onClose: () => void; onDone?: (order: Order) => void }) {
  const mutation = useChangeStatus(eventKey);
  const [note, setNote] = useState('');
  const [paidVia, setPaidVia] = useState('');
  const [transaction, setTransaction] = useState('');
  const id = change ? `${change.kind}:${change.order.id}` : '';
  useEffect(() => {
    setNote('');
    setPaidVia('');
    setTransaction('');
    mutation.reset();
    // A new dialog starts empty; the mutation object itself is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  const error = mutation.error as ApiError | null;
  const order = change?.order;
  const number = order ? orderNumber(order) : '';
  const submit = () => {
    if (!change) return;
    const attributes =
      change.kind === 'cancel'
        ? { status: 'cancelled', ...(note.trim() ? { 'cancel-note': note } : {}) }
        : { status: 'completed', ...(paidVia.trim() ? { 'paid-via': paidVia } : {}), ...(transaction.trim() ? { 'transaction-id': transaction } : {}) };
    mutation.mutate({ order: change.order, attributes }, { onSuccess: (saved) => (onDone?.(saved.data), onClose()) });
  };
  const amount = order ? formatMoney(order.attributes.amount, order.attributes.currency) : '';
  return (
    <ConfirmDialog
      open={change !== null}
      title={change?.kind === 'cancel' ? `Cancel order ${number}?` : `Mark order ${number} completed?`}
      confirmLabel={change?.kind === 'cancel' ? 'Cancel the order' : 'Mark completed'}
      danger={change?.kind === 'cancel'}
      busy={mutation.isPending}
      onCancel={onClose}
      onConfirm={submit}
    >
      <FormError error={error} />
      {change?.kind === 'cancel' ? (
        <>
          <p>Its seats go back on sale and its attendees can no longer be checked in.</p>
          <TextArea label="Note for your team (optional)" rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} error={error?.fields['cancel-note']} />
        </>
      ) : (
        <>
          <p>Only once the {amount} have arrived.</p>
          <TextField label="Paid via (optional)" placeholder="Bank transfer, cash at the door…" maxLength={100} value={paidVia} onChange={(e) => setPaidVia(e.target.value)} error={error?.fields['paid-via']} />
          <TextField label="Transaction or reference (optional)" maxLength={200} value={transaction} onChange={(e) => setTransaction(e.target.value)} error={error?.fields['transaction-id']} />
        </>
      )}
    </ConfirmDialog>
  );
}
