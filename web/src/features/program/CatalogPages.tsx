// /events/<id>/tracks, /rooms and /session-types: the program's three ordered lists. Each item can be added and
// edited in place, moved up and down (buttons; the focus stays on the moved item, so the keyboard can go on moving
// it) and deleted. Deleting one that sessions use is refused by the API (409, naming how many and which): the
// dialog shows that and offers nothing that would lose data, only a way to the sessions.
import type { FormEvent, ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Arrow } from '../../components/Arrow';
import { TextArea, TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Notice';
import { EmptyState, LoadError, Loading } from '../../components/States';
import type { ApiError } from '../../lib/api/client';
import { useEventContext } from '../../lib/event';
import { useFormValues } from '../../lib/form';
import { useCatalog, useDeleteCatalogItem, useReorderCatalog, useSaveCatalogItem, type CatalogItem, type CatalogKind } from './api';
import { lengthText, NoProgramAccess, orNull } from './parts';
import './program.css';

type Values = Record<string, string>;

interface Kind {
  kind: CatalogKind;
  title: string;
  one: string;
  empty: string;
  blank: Values;
  valuesOf: (item: CatalogItem) => Values;
  attributesOf: (values: Values) => Record<string, unknown>;
  fields: (values: Values, set: (name: string, value: string) => void, field: (name: string) => string | undefined) => ReactNode;
  summary: (item: CatalogItem) => ReactNode;
  /** Where the sessions that use an item are listed, when the session search finds them. */
  sessionsLink?: (item: CatalogItem, eventKey: string) => string;
}

const text = (value: unknown) => (value == null ? '' : String(value));

const KINDS: Record<CatalogKind, Kind> = {
  tracks: {
    kind: 'tracks',
    title: 'Tracks',
    one: 'track',
    empty: 'No tracks yet. Tracks group sessions by topic, each with its colour on the schedule.',
    blank: { name: '', color: '#1f6feb', description: '' },
    valuesOf: (item) => ({ name: item.attributes.name, color: text(item.attributes.color), description: text(item.attributes.description) }),
    attributesOf: (values) => ({ name: values.name.trim(), color: values.color, description: orNull(values.description) }),
    fields: (values, set, field) => (
      <>
        <TextField label="Name" required value={values.name} onChange={(e) => set('name', e.target.value)} error={field('name')} />
        <div className="color-field">
          <TextField label="Colour" type="color" value={values.color} onChange={(e) => set('color', e.target.value)} error={field('color')} hint={values.color.toUpperCase()} />
        </div>
        <TextArea label="Description" rows={2} value={values.description} onChange={(e) => set('description', e.target.value)} error={field('description')} />
      </>
    ),
    summary: (item) => (
      <>
        <span className="swatch-label">
          <span className="swatch" style={{ background: text(item.attributes.color) }} aria-hidden="true" />
          <span className="hint">Colour {text(item.attributes.color).toUpperCase()}</span>
        </span>
        {item.attributes.description ? <span className="hint">{text(item.attributes.description)}</span> : null}
      </>
    ),
    sessionsLink: (item, eventKey) => `/events/${eventKey}/sessions/all?q=${encodeURIComponent(item.attributes.name)}`,
  },
  microlocations: {
    kind: 'microlocations',
    title: 'Rooms',
    one: 'room',
    empty: 'No rooms yet. Rooms are where sessions happen; their order is the order of the schedule’s columns.',
    blank: { name: '', floor: '' },
    valuesOf: (item) => ({ name: item.attributes.name, floor: text(item.attributes.floor) }),
    attributesOf: (values) => ({ name: values.name.trim(), floor: values.floor.trim() === '' ? null : /^-?\d+$/.test(values.floor.trim()) ? Number(values.floor) : values.floor }),
    fields: (values, set, field) => (
      <>
        <TextField label="Name" required value={values.name} onChange={(e) => set('name', e.target.value)} error={field('name')} />
        <TextField label="Floor" inputMode="numeric" hint="A whole number; empty when it does not matter." value={values.floor} onChange={(e) => set('floor', e.target.value)} error={field('floor')} />
      </>
    ),
    summary: (item) => (item.attributes.floor == null ? null : <span className="hint">Floor {text(item.attributes.floor)}</span>),
  },
  'session-types': {
    kind: 'session-types',
    title: 'Session types',
    one: 'session type',
    empty: 'No session types yet. A type (talk, workshop, …) gives a session its usual length.',
    blank: { name: '', length: '00:30' },
    valuesOf: (item) => ({ name: item.attributes.name, length: text(item.attributes.length) }),
    attributesOf: (values) => ({ name: values.name.trim(), length: values.length.trim() }),
    fields: (values, set, field) => (
      <>
        <TextField label="Name" required value={values.name} onChange={(e) => set('name', e.target.value)} error={field('name')} />
        <TextField label="Length" hint="Hours and minutes, as 00:45 or 01:30." value={values.length} onChange={(e) => set('length', e.target.value)} error={field('length')} />
      </>
    ),
    summary: (item) => <span className="hint">{lengthText(text(item.attributes.length))}</span>,
  },
};

function ItemForm({ kind, item, position, onDone }: { kind: Kind; item?: CatalogItem; position: number; onDone: () => void }) {
  const { event } = useEventContext();
  const save = useSaveCatalogItem(event, kind.kind);
  const { values, set, field, error } = useFormValues<Values>(() => (item ? kind.valuesOf(item) : kind.blank), save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const attributes = kind.attributesOf(values);
    save.mutate({ id: item?.id, attributes: item ? attributes : { ...attributes, position } }, { onSuccess: onDone });
  };
  const label = item ? `Edit ${item.attributes.name}` : `Add a ${kind.one}`;
  return (
    <form className="panel form item-form" onSubmit={submit} noValidate aria-busy={save.isPending} aria-label={label}>
      <FormError error={error} />
      {kind.fields(values, set, field)}
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? 'Saving…' : item ? `Save ${kind.one}` : `Add ${kind.one}`}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function CatalogPage({ kind }: { kind: Kind }) {
  const { event, permissions } = useEventContext();
  const key = event.attributes.identifier!;
  const items = useCatalog(key, kind.kind);
  const reorder = useReorderCatalog(key, kind.kind);
  const remove = useDeleteCatalogItem(key, kind.kind);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CatalogItem | null>(null);
  const [said, setSaid] = useState('');
  const focusAfter = useRef<string | null>(null);
  const list = reorder.isPending && reorder.variables ? reorder.variables : items.data;
  useEffect(() => {
    if (!focusAfter.current) return;
    const target = document.querySelector<HTMLElement>(`[data-focus-key="${focusAfter.current}"]`);
    if (target && !(target as HTMLButtonElement).disabled) {
      target.focus();
      focusAfter.current = null;
    }
  });
  useEffect(() => {
    document.title = `${kind.title} · ${event.attributes.name} · Convene`;
  }, [kind.title, event.attributes.name]);
  if (!permissions.can['edit-program']) return <NoProgramAccess what={kind.title.toLowerCase()} />;

  const move = (index: number, by: -1 | 1) => {
    if (!list) return;
    const ordered = [...list];
    const [item] = ordered.splice(index, 1);
    ordered.splice(index + by, 0, item);
    const target = index + by;
    // At the top or bottom the button in that direction is disabled: focus its partner.
    const direction = target === 0 ? 'down' : target === ordered.length - 1 ? 'up' : by < 0 ? 'up' : 'down';
    focusAfter.current = `${item.id}-${direction}`;
    setSaid(`${item.attributes.name} moved to place ${target + 1} of ${ordered.length}.`);
    reorder.mutate(ordered);
  };
  const closeForm = (id: string) => {
    setEditing(null);
    focusAfter.current = id;
  };
  const inUse = (remove.error as ApiError | null)?.status === 409;
  const nextPosition = Math.max(-1, ...(list ?? []).map((item) => item.attributes.position)) + 1;

  return (
    <div className="stack">
      <div className="section-head">
        <h2>{kind.title}</h2>
        {editing !== 'new' && (
          <Button data-focus-key="add" onClick={() => setEditing('new')}>
            Add a {kind.one}
          </Button>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      {reorder.error && <Notice tone="bad">The new order was not saved: {reorder.error.message}</Notice>}
      {editing === 'new' && <ItemForm kind={kind} position={nextPosition} onDone={() => closeForm('add')} />}
      {items.isPending ? (
        <Loading label={`Loading the ${kind.title.toLowerCase()}…`} />
      ) : items.error ? (
        <LoadError error={items.error} onRetry={() => void items.refetch()} />
      ) : list!.length === 0 ? (
        <EmptyState title={kind.empty} />
      ) : (
        <ol className="card-list" aria-label={`${kind.title} in their order`}>
          {list!.map((item, index) => {
            const name = item.attributes.name;
            if (editing === item.id) {
              return (
                <li key={item.id}>
                  <ItemForm kind={kind} item={item} position={item.attributes.position} onDone={() => closeForm(`${item.id}-edit`)} />
                </li>
              );
            }
            return (
              <li key={item.id} className="card">
                <div className="card-main">
                  <h3 className="card-name">{name}</h3>
                  <p className="card-meta">{kind.summary(item)}</p>
                </div>
                <div className="card-actions">
                  <div className="move-buttons" role="group" aria-label={`Move ${name}`}>
                    <Button variant="quiet" className="small" data-focus-key={`${item.id}-up`} disabled={index === 0 || reorder.isPending} onClick={() => move(index, -1)}>
                      <Arrow direction="up" />
                      <span className="visually-hidden">Move {name} up</span>
                    </Button>
                    <Button variant="quiet" className="small" data-focus-key={`${item.id}-down`} disabled={index === list!.length - 1 || reorder.isPending} onClick={() => move(index, 1)}>
                      <Arrow direction="down" />
                      <span className="visually-hidden">Move {name} down</span>
                    </Button>
                  </div>
                  <Button variant="secondary" className="small" data-focus-key={`${item.id}-edit`} onClick={() => setEditing(item.id)} aria-label={`Edit ${name}`}>
                    Edit
                  </Button>
                  <Button variant="quiet" className="small danger-text" onClick={() => setDeleting(item)} aria-label={`Delete ${name}`}>
                    Delete
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={deleting ? (inUse ? `“${deleting.attributes.name}” is in use` : `Delete “${deleting.attributes.name}”?`) : ''}
        confirmLabel={`Delete ${kind.one}`}
        danger
        busy={remove.isPending}
        hideConfirm={inUse}
        cancelLabel={inUse ? 'Close' : 'Cancel'}
        onCancel={() => {
          remove.reset();
          setDeleting(null);
        }}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setSaid(`${deleting.attributes.name} deleted.`);
              setDeleting(null);
            },
          })
        }
      >
        {inUse ? (
          <>
            <Notice tone="warn" title="It cannot be deleted">
              <p>{remove.error!.message}</p>
            </Notice>
            {deleting && kind.sessionsLink && <Link to={kind.sessionsLink(deleting, key)}>See its sessions</Link>}
          </>
        ) : (
          <>
            <p>It disappears from the event for good. A {kind.one} that sessions use cannot be deleted.</p>
            {remove.error && <Notice tone="bad">{remove.error.message}</Notice>}
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}

export const TracksPage = () => <CatalogPage kind={KINDS.tracks} />;
export const RoomsPage = () => <CatalogPage kind={KINDS.microlocations} />;
export const SessionTypesPage = () => <CatalogPage kind={KINDS['session-types']} />;
