// /events/<identifier>/faqs: the questions and answers on the event's public page, in the order shown there. Add one,
// edit one in place (?edit=<id> or ?edit=new, so a reload keeps the form open), move them up and down, delete one.
import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { ConfirmMutation } from '../../components/ConfirmMutation';
import { MoveButtons, moved, useMoveFocus } from '../../components/MoveButtons';
import { TextArea, TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Notice';
import { EmptyState, LoadError, Loading } from '../../components/States';
import { useEventContext } from '../../lib/event';
import { useFormValues } from '../../lib/form';
import { useQueryParam } from '../../lib/url-state';
import { useDeleteFaq, useFaqs, useFaqTypes, useReorder, useSaveFaq, type Faq, type FaqType } from './api';
import './forms.css';

const typeOf = (faq: Faq, types: FaqType[]) => {
  const link = faq.relationships?.['faq-type']?.data as { id: string } | null | undefined;
  return link ? types.find((type) => type.id === link.id)?.attributes.name ?? '' : '';
};

function FaqForm({ faq, types, position, close }: { faq?: Faq; types: FaqType[]; position: number; close: () => void }) {
  const { event } = useEventContext();
  const save = useSaveFaq(event, types);
  const { values, set, field, error } = useFormValues(() => ({ question: faq?.attributes.question ?? '', answer: faq?.attributes.answer ?? '', typeName: faq ? typeOf(faq, types) : '' }), save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ id: faq?.id, question: values.question.trim(), answer: values.answer.trim(), typeName: values.typeName, position }, { onSuccess: close });
  };
  const listId = `faq-types-${faq?.id ?? 'new'}`;
  return (
    <form className="panel form" onSubmit={submit} noValidate aria-busy={save.isPending} aria-label={faq ? `Edit “${faq.attributes.question}”` : 'Add a question'}>
      <FormError error={error} />
      <TextField label="Question" required value={values.question} onChange={(e) => set('question', e.target.value)} error={field('question')} />
      <TextArea label="Answer" required rows={4} value={values.answer} onChange={(e) => set('answer', e.target.value)} error={field('answer')} />
      <TextField label="Type (optional)" hint="Groups questions, e.g. Travel or Tickets; a new name makes a new type." list={listId} value={values.typeName} onChange={(e) => set('typeName', e.target.value)} error={field('name') ?? field('faq-type')} />
      <datalist id={listId}>
        {types.map((type) => (
          <option key={type.id} value={type.attributes.name} />
        ))}
      </datalist>
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? 'Saving…' : faq ? 'Save question' : 'Add question'}
        </Button>
        <Button variant="quiet" onClick={close}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

export function FaqsPage() {
  const { event, permissions } = useEventContext();
  const key = event.attributes.identifier!;
  const faqs = useFaqs(key);
  const types = useFaqTypes(key);
  const reorder = useReorder<Faq>(key, 'faqs');
  const remove = useDeleteFaq(key);
  const [editing, setEditing] = useQueryParam('edit');
  const [deleting, setDeleting] = useState<Faq | null>(null);
  const focusAfterMove = useMoveFocus();
  useEffect(() => {
    document.title = `FAQs · ${event.attributes.name} · Convene`;
  }, [event.attributes.name]);
  if (!permissions.can['edit-event']) return <Notice tone="warn">Your role on this event does not let you manage its FAQs.</Notice>;
  if (faqs.isPending || types.isPending) return <Loading label="Loading the FAQs…" />;
  if (faqs.error || types.error) return <LoadError error={(faqs.error ?? types.error)!} onRetry={() => void (faqs.refetch(), types.refetch())} />;
  const list = reorder.isPending && reorder.variables ? reorder.variables : faqs.data;
  const close = () => setEditing('');
  const move = (index: number, by: -1 | 1) => {
    focusAfterMove(list[index].id, index, by, list.length);
    reorder.mutate(moved(list, index, by));
  };
  return (
    <div className="stack forms-area">
      <div className="forms-head">
        <h2>FAQs</h2>
        {editing !== 'new' && <Button onClick={() => setEditing('new')}>Add a question</Button>}
      </div>
      <p className="hint">Shown on the event’s public page, each answer folded under its question, in this order.</p>
      {reorder.error && <Notice tone="bad">The new order was not saved: {reorder.error.message}</Notice>}
      {editing === 'new' && <FaqForm types={types.data} position={list.length} close={close} />}
      {list.length === 0 ? (
        editing !== 'new' && (
          <EmptyState title="No FAQs yet">
            <p>Answer what attendees ask most: travel, tickets, food, accessibility.</p>
          </EmptyState>
        )
      ) : (
        <ol className="forms-list" aria-label="FAQs in the order the public page shows them">
          {list.map((faq, index) =>
            editing === faq.id ? (
              <li key={faq.id}>
                <FaqForm faq={faq} types={types.data} position={index} close={close} />
              </li>
            ) : (
              <li key={faq.id} className="forms-card">
                <div className="forms-main">
                  <h3>{faq.attributes.question}</h3>
                  {typeOf(faq, types.data) && <p className="forms-meta">{typeOf(faq, types.data)}</p>}
                  <p className="forms-answer">{faq.attributes.answer}</p>
                </div>
                <div className="forms-actions">
                  <MoveButtons id={faq.id} name={`“${faq.attributes.question}”`} index={index} count={list.length} disabled={reorder.isPending} onMove={(by) => move(index, by)} />
                  <Button variant="secondary" className="small" onClick={() => setEditing(faq.id)} aria-label={`Edit “${faq.attributes.question}”`}>
                    Edit
                  </Button>
                  <Button variant="quiet" className="small forms-danger" onClick={() => setDeleting(faq)} aria-label={`Delete “${faq.attributes.question}”`}>
                    Delete
                  </Button>
                </div>
              </li>
            ),
          )}
        </ol>
      )}
      <ConfirmMutation subject={deleting} close={() => setDeleting(null)} mutation={remove} variables={(faq) => faq.id} title={(faq) => `Delete “${faq.attributes.question}”?`} confirmLabel="Delete question">
        <p>It disappears from the event’s public page.</p>
      </ConfirmMutation>
    </div>
  );
}
