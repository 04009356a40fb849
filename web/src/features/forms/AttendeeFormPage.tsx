// /events/<identifier>/attendee-form: the questions each attendee answers beyond the built-in name and e-mail, in the
// order a checkout asks them. Add one, edit one in place (?edit=<id> or ?edit=new), move them, remove one. The answers
// are stored with each attendee under the question's identifier and exported as a column of the attendees CSV.
import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { ConfirmMutation } from '../../components/ConfirmMutation';
import { CheckboxField, SelectField, TextArea, TextField } from '../../components/Field';
import { MoveButtons, moved, useMoveFocus } from '../../components/MoveButtons';
import { FormError, Notice } from '../../components/Notice';
import { LoadError, Loading } from '../../components/States';
import { useEventContext } from '../../lib/event';
import { useFormValues } from '../../lib/form';
import { useQueryParam } from '../../lib/url-state';
import { useDeleteQuestion, useQuestions, useReorder, useSaveQuestion, type Question } from './api';
import './forms.css';

const TYPES = [
  ['text', 'Short text'],
  ['paragraph', 'Long text'],
  ['email', 'E-mail address'],
  ['number', 'Number'],
  ['select', 'Choice from a list'],
  ['checkbox', 'Checkbox (yes or no)'],
] as const;
const typeLabel = (type: string) => TYPES.find(([value]) => value === type)?.[1] ?? type;
const BUILT_IN = ['First name', 'Last name', 'E-mail'];

function QuestionForm({ question, position, close }: { question?: Question; position: number; close: () => void }) {
  const { event } = useEventContext();
  const save = useSaveQuestion(event);
  const a = question?.attributes;
  const { values, set, field, error } = useFormValues(
    () => ({
      name: a?.name ?? '',
      type: (a?.type as string | undefined) ?? 'text',
      options: (a?.options ?? []).join('\n'),
      description: a?.description ?? '',
      required: a?.['is-required'] ?? false,
      included: a?.['is-included'] ?? true,
    }),
    save.error,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const options = values.options.split('\n').map((option) => option.trim()).filter(Boolean);
    const attributes = {
      name: values.name.trim(),
      type: values.type,
      options: values.type === 'select' ? options : null,
      description: values.description.trim() || null,
      'is-required': values.required,
      'is-included': values.included,
      ...(question ? {} : { position }),
    };
    save.mutate({ id: question?.id, attributes }, { onSuccess: close });
  };
  return (
    <form className="panel form" onSubmit={submit} noValidate aria-busy={save.isPending} aria-label={question ? `Edit “${question.attributes.name}”` : 'Add a question'}>
      <FormError error={error} />
      <TextField label="Question" required hint="What the attendee reads, e.g. T-shirt size" value={values.name} onChange={(e) => set('name', e.target.value)} error={field('name') ?? field('field-identifier')} />
      <SelectField label="Answer type" value={values.type} onChange={(e) => set('type', e.target.value)} error={field('type')}>
        {TYPES.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      {values.type === 'select' && <TextArea label="Choices" hint="One per line" rows={4} value={values.options} onChange={(e) => set('options', e.target.value)} error={field('options')} />}
      <TextField label="Help text (optional)" value={values.description} onChange={(e) => set('description', e.target.value)} error={field('description')} />
      <CheckboxField label="Asked" hint="Unticked: kept with the answers already given, but no longer asked or exported." checked={values.included} onChange={(e) => set('included', e.target.checked)} error={field('is-included')} />
      <CheckboxField label="Required" hint="An attendee must answer it (a required checkbox must be ticked)." checked={values.required} onChange={(e) => set('required', e.target.checked)} error={field('is-required')} />
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? 'Saving…' : question ? 'Save question' : 'Add question'}
        </Button>
        <Button variant="quiet" onClick={close}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

export function AttendeeFormPage() {
  const { event, permissions } = useEventContext();
  const key = event.attributes.identifier!;
  const questions = useQuestions(key);
  const reorder = useReorder<Question>(key, 'custom-forms');
  const remove = useDeleteQuestion(key);
  const [editing, setEditing] = useQueryParam('edit');
  const [deleting, setDeleting] = useState<Question | null>(null);
  const focusAfterMove = useMoveFocus();
  useEffect(() => {
    document.title = `Attendee form · ${event.attributes.name} · Convene`;
  }, [event.attributes.name]);
  if (!permissions.can['manage-tickets']) return <Notice tone="warn">Your role on this event does not let you manage its attendee form.</Notice>;
  if (questions.isPending) return <Loading label="Loading the form…" />;
  if (questions.error) return <LoadError error={questions.error} onRetry={() => void questions.refetch()} />;
  const list = reorder.isPending && reorder.variables ? reorder.variables : questions.data;
  const close = () => setEditing('');
  const move = (index: number, by: -1 | 1) => {
    focusAfterMove(list[index].id, index, by, list.length);
    reorder.mutate(moved(list, index, by));
  };
  return (
    <div className="stack forms-area">
      <div className="forms-head">
        <h2>Attendee form</h2>
        {editing !== 'new' && <Button onClick={() => setEditing('new')}>Add a question</Button>}
      </div>
      <p className="hint">What each attendee is asked when tickets are ordered. Every answered question is a column of the attendees export.</p>
      {reorder.error && <Notice tone="bad">The new order was not saved: {reorder.error.message}</Notice>}
      <ol className="forms-list" aria-label="Questions in the order attendees are asked">
        <li className="forms-card is-fixed">
          <div className="forms-main">
            <h3>{BUILT_IN.join(', ')}</h3>
            <p className="forms-meta">Always asked</p>
          </div>
        </li>
        {list.map((question, index) => {
          const a = question.attributes;
          return editing === question.id ? (
            <li key={question.id}>
              <QuestionForm question={question} position={index} close={close} />
            </li>
          ) : (
            <li key={question.id} className="forms-card">
              <div className="forms-main">
                <h3>{a.name}</h3>
                <p className="forms-meta">
                  <span>{typeLabel(a.type)}</span>
                  {a['is-required'] && <span className="forms-badge">Required</span>}
                  {!a['is-included'] && <span className="forms-badge">Not asked</span>}
                </p>
                {a.type === 'select' && <p className="forms-meta">{(a.options ?? []).join(' · ')}</p>}
                {a.description && <p className="forms-meta">{a.description}</p>}
              </div>
              <div className="forms-actions">
                <MoveButtons id={question.id} name={`“${a.name}”`} index={index} count={list.length} disabled={reorder.isPending} onMove={(by) => move(index, by)} />
                <Button variant="secondary" className="small" onClick={() => setEditing(question.id)} aria-label={`Edit “${a.name}”`}>
                  Edit
                </Button>
                <Button variant="quiet" className="small forms-danger" onClick={() => setDeleting(question)} aria-label={`Remove “${a.name}”`}>
                  Remove
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      {editing === 'new' ? <QuestionForm position={list.length} close={close} /> : list.length === 0 && <p className="hint">No questions of your own yet.</p>}
      <ConfirmMutation subject={deleting} close={() => setDeleting(null)} mutation={remove} variables={(q) => q.id} title={(q) => `Remove “${q.attributes.name}”?`} confirmLabel="Remove question">
        <p>Attendees are no longer asked, and the export loses its column. Answers already given stay with the attendees.</p>
      </ConfirmMutation>
    </div>
  );
}
