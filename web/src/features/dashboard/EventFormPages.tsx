// Creating an event (the creator becomes its owner) and editing its details, publishing and deleting it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { api, resourceDocument, unwrap, type ApiError } from '../../lib/api/client';
import { useRequireLogin } from '../../lib/session';
import { useEventContext } from './api';
import { attributesOf, EventForm, valuesOf, type EventValues } from './EventForm';

export function CreateEventPage() {
  useRequireLogin();
  const navigate = useNavigate();
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: (values: EventValues) => unwrap(api.POST('/v1/events', { body: resourceDocument('event', { ...attributesOf(values), state: 'draft' }) as never })),
    onSuccess: (created) => {
      void client.invalidateQueries({ queryKey: ['my-events'] });
      navigate(`/events/${created.data.attributes.identifier}`);
    },
  });
  return (
    <Page title="Create an event" lede="It starts as a draft: only your team sees it until you publish it." width="narrow">
      <EventForm initial={valuesOf()} submitLabel="Create event" busy={create.isPending} error={create.error as ApiError | null} onSubmit={(values) => create.mutate(values)} />
    </Page>
  );
}

export function EditEventPage() {
  const { event, permissions } = useEventContext();
  const client = useQueryClient();
  const navigate = useNavigate();
  const key = event.attributes.identifier!;
  const [confirming, setConfirming] = useState(false);
  const patch = (attributes: Record<string, unknown>) => unwrap(api.PATCH('/v1/events/{eventKey}', { params: { path: { eventKey: key } }, body: resourceDocument('event', attributes, {}, event.id) as never }));
  const refresh = () => client.invalidateQueries({ queryKey: ['event', key] });
  const save = useMutation({ mutationFn: (values: EventValues) => patch(attributesOf(values)), onSuccess: refresh });
  const publish = useMutation({ mutationFn: (state: 'published' | 'draft') => patch({ state }), onSuccess: refresh });
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/v1/events/{eventKey}', { params: { path: { eventKey: key } } })),
    onSuccess: () => {
      client.removeQueries({ queryKey: ['event', key] });
      void client.invalidateQueries({ queryKey: ['my-events'] });
      navigate('/events', { replace: true });
    },
  });
  if (!permissions.can['edit-event']) {
    return <Notice tone="warn">Your role on this event does not let you change its details.</Notice>;
  }
  const published = event.attributes.state === 'published';
  return (
    <div className="stack">
      <section className="panel" aria-labelledby="publish-heading">
        <h2 id="publish-heading">{published ? 'Published' : 'Draft'}</h2>
        <p>{published ? 'Everyone can see the event and buy tickets.' : 'Only your team sees the event. Publish it when its details and tickets are ready.'}</p>
        {publish.error && <Notice tone="bad">{publish.error.message}</Notice>}
        <Button variant={published ? 'secondary' : 'primary'} busy={publish.isPending} onClick={() => publish.mutate(published ? 'draft' : 'published')}>
          {published ? 'Unpublish' : 'Publish'}
        </Button>
      </section>
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        {save.isSuccess && <Notice tone="ok">Saved.</Notice>}
        <EventForm key={event.id} initial={valuesOf(event)} submitLabel="Save changes" busy={save.isPending} error={save.error as ApiError | null} onSubmit={(values) => save.mutate(values)} />
      </section>
      {permissions.can['delete-event'] && (
        <section className="panel danger-zone" aria-labelledby="delete-heading">
          <h2 id="delete-heading">Delete the event</h2>
          <p>The event, its tickets, orders and schedule disappear for everyone.</p>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Delete event
          </Button>
          <ConfirmDialog
            open={confirming}
            title={`Delete “${event.attributes.name}”?`}
            confirmLabel="Delete for good"
            danger
            busy={remove.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() => remove.mutate()}
          >
            <p>This cannot be undone.</p>
            {remove.error && <Notice tone="bad">{remove.error.message}</Notice>}
          </ConfirmDialog>
        </section>
      )}
    </div>
  );
}
