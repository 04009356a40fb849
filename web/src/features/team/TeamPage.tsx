// /events/<identifier>/team: the event's people and their roles, pending invites, and inviting someone by e-mail.
// Coorganizers see the team; owners and organizers change it, and only owners hand out or take away ownership.
import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { ConfirmMutation } from '../../components/ConfirmMutation';
import { SelectField, TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Notice';
import { EmptyState, LoadError, Loading } from '../../components/States';
import type { ApiError } from '../../lib/api/client';
import { useEventContext } from '../../lib/event';
import { formatDateTime } from '../../lib/format';
import { useSession } from '../../lib/session';
import {
  ROLE_NAMES,
  roleLabel,
  useMembers,
  usePendingInvites,
  useRemoveRole,
  useResendInvite,
  useSendInvite,
  useWithdrawInvite,
  type Member,
  type RoleInvite,
  type RoleName,
} from './api';
import './team.css';

function InviteForm({ isOwner }: { isOwner: boolean }) {
  const { event } = useEventContext();
  const send = useSendInvite(event);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<RoleName>('coorganizer');
  const error = send.error as ApiError | null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate({ email, role }, { onSuccess: () => setEmail('') });
  };
  return (
    <form className="panel form invite-form" onSubmit={submit} noValidate aria-busy={send.isPending} aria-labelledby="invite-heading">
      <h3 id="invite-heading">Invite someone</h3>
      <FormError error={error} />
      {send.data && (
        <Notice tone={send.data.sent ? 'ok' : 'warn'}>
          {send.data.sent ? `Invite sent to ${send.data.email}.` : `The invite for ${send.data.email} is saved, but the mail could not be sent. Resend it below.`}
        </Notice>
      )}
      <div className="pair">
        <TextField label="E-mail" type="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.target.value)} error={error?.fields.email} />
        <SelectField label="Role" value={role} onChange={(e) => setRole(e.target.value as RoleName)} error={error?.fields['role-name']}>
          {ROLE_NAMES.filter((r) => isOwner || r.role !== 'owner').map((r) => (
            <option key={r.role} value={r.role}>
              {r.label}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="hint role-hint">{ROLE_NAMES.find((r) => r.role === role)?.may}</p>
      <Button type="submit" busy={send.isPending}>
        {send.isPending ? 'Sending…' : 'Send invite'}
      </Button>
    </form>
  );
}

function Members({ members, manage, isOwner, me }: { members: Member[]; manage: boolean; isOwner: boolean; me: string | undefined }) {
  const { event } = useEventContext();
  const remove = useRemoveRole(event.attributes.identifier!);
  const [removing, setRemoving] = useState<{ member: Member; id: string; role: RoleName } | null>(null);
  return (
    <>
      <ul className="people">
        {members.map((member) => (
          <li key={member.userId} className="person">
            <div className="person-who">
              <span className="avatar" aria-hidden="true">
                {member.name.slice(0, 1).toUpperCase()}
              </span>
              <span>
                <span className="person-name">
                  {member.name}
                  {member.userId === me && <span className="hint"> (you)</span>}
                </span>
                {member.email && member.email !== member.name && <span className="person-email">{member.email}</span>}
              </span>
            </div>
            <ul className="person-roles">
              {member.roles.map((r) => (
                <li key={r.id}>
                  <span className={`badge role-${r.role}`}>{roleLabel(r.role)}</span>
                  {manage && (r.role !== 'owner' || isOwner) && (
                    <Button variant="quiet" className="small" onClick={() => setRemoving({ member, id: r.id, role: r.role })} aria-label={`Remove ${member.name} as ${roleLabel(r.role)}`}>
                      Remove
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <ConfirmMutation
        subject={removing}
        close={() => setRemoving(null)}
        mutation={remove}
        variables={(subject) => subject.id}
        title={(subject) => `Remove ${subject.member.name} as ${roleLabel(subject.role)}?`}
        confirmLabel="Remove"
      >
        <p>They lose what this role lets them do on the event.</p>
      </ConfirmMutation>
    </>
  );
}

function Invites({ invites, manage, isOwner }: { invites: RoleInvite[]; manage: boolean; isOwner: boolean }) {
  const { event } = useEventContext();
  const key = event.attributes.identifier!;
  const resend = useResendInvite(key);
  const withdraw = useWithdrawInvite(key);
  const [withdrawing, setWithdrawing] = useState<RoleInvite | null>(null);
  if (invites.length === 0) return <p className="muted">No invite is waiting for an answer.</p>;
  return (
    <>
      {resend.data && <Notice tone={resend.data.sent ? 'ok' : 'warn'}>{resend.data.sent ? `Sent again to ${resend.data.email}, with a new link.` : `The mail to ${resend.data.email} could not be sent.`}</Notice>}
      {resend.error && <Notice tone="bad">{resend.error.message}</Notice>}
      <ul className="people">
        {invites.map((invite) => {
          const a = invite.attributes;
          const mayChange = manage && (a['role-name'] !== 'owner' || isOwner);
          return (
            <li key={invite.id} className="person">
              <div className="person-who">
                <span>
                  <span className="person-name">{a.email}</span>
                  <span className="person-email">
                    {roleLabel(a['role-name'])} · sent {formatDateTime(a['sent-at'], event.attributes.timezone)}
                  </span>
                </span>
              </div>
              {mayChange && (
                <div className="person-roles">
                  <Button variant="secondary" className="small" busy={resend.isPending && resend.variables?.id === invite.id} onClick={() => resend.mutate(invite)} aria-label={`Resend the invite to ${a.email}`}>
                    Resend
                  </Button>
                  <Button variant="quiet" className="small" onClick={() => setWithdrawing(invite)} aria-label={`Withdraw the invite to ${a.email}`}>
                    Withdraw
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <ConfirmMutation
        subject={withdrawing}
        close={() => setWithdrawing(null)}
        mutation={withdraw}
        variables={(invite) => invite}
        title={(invite) => `Withdraw the invite to ${invite.attributes.email}?`}
        confirmLabel="Withdraw invite"
      >
        <p>Its link stops working; you can invite the address again later.</p>
      </ConfirmMutation>
    </>
  );
}

export function TeamPage() {
  const { event, permissions } = useEventContext();
  const key = event.attributes.identifier!;
  const { user } = useSession();
  const can = permissions.can;
  const members = useMembers(key, can['view-team']);
  const invites = usePendingInvites(key, can['view-team']);
  useEffect(() => {
    document.title = `Team · ${event.attributes.name} · Convene`;
  }, [event.attributes.name]);
  if (!can['view-team']) return <Notice tone="warn">Your role on this event does not let you see its team.</Notice>;
  const manage = can['manage-team'];
  // Owners (and admins) may delete the event; only they hand out or take away ownership.
  const isOwner = can['delete-event'];
  return (
    <div className="stack">
      <h2 className="team-title">Team</h2>
      {!manage && <Notice>Only owners and organizers change the team.</Notice>}
      {manage && <InviteForm isOwner={isOwner} />}
      <section className="panel" aria-labelledby="people-heading">
        <h3 id="people-heading">People</h3>
        {members.isPending ? (
          <Loading label="Loading the team…" />
        ) : members.error ? (
          <LoadError error={members.error} onRetry={() => void members.refetch()} />
        ) : members.data.length === 0 ? (
          <EmptyState title="Nobody yet" />
        ) : (
          <Members members={members.data} manage={manage} isOwner={isOwner} me={user?.id} />
        )}
      </section>
      <section className="panel" aria-labelledby="invites-heading">
        <h3 id="invites-heading">Pending invites</h3>
        {invites.isPending ? (
          <Loading label="Loading the invites…" />
        ) : invites.error ? (
          <LoadError error={invites.error} onRetry={() => void invites.refetch()} />
        ) : (
          <Invites invites={invites.data} manage={manage} isOwner={isOwner} />
        )}
      </section>
      <section className="panel" aria-labelledby="roles-heading">
        <h3 id="roles-heading">What each role may do</h3>
        <dl className="role-list">
          {ROLE_NAMES.map((r) => (
            <div key={r.role}>
              <dt>{r.label}</dt>
              <dd>{r.may}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
