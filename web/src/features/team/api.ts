// Queries and mutations of the team area: who holds which role (with their addresses), pending invites, sending,
// resending and withdrawing invites, removing a role; and an invitation link's side (what it is, accept, decline).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, resourceDocument, unwrap, type Resource } from '../../lib/api/client';
import type { EventResource } from '../../lib/event';

export type RoleInvite = Resource<'RoleInviteResource'>;
export type RoleName = Resource<'UsersEventsRoleResource'>['attributes']['role'];

export const ROLE_NAMES: { role: RoleName; label: string; may: string }[] = [
  { role: 'owner', label: 'Owner', may: 'Everything, including deleting the event and naming other owners.' },
  { role: 'organizer', label: 'Organizer', may: 'Everything but deleting the event: details, tickets, orders, exports and the team.' },
  { role: 'coorganizer', label: 'Co-organizer', may: 'Details, tickets, discount codes, tax, orders, attendees and exports; sees the team.' },
  { role: 'track_organizer', label: 'Track organizer', may: 'The sessions of their track.' },
  { role: 'moderator', label: 'Moderator', may: 'Sees the event while it is a draft.' },
  { role: 'registrar', label: 'Registrar', may: 'Checks attendees in and out.' },
];
export const roleLabel = (role: string) => ROLE_NAMES.find((r) => r.role === role)?.label ?? role;

export interface Member {
  userId: string;
  name: string;
  email: string | undefined;
  roles: { id: string; role: RoleName }[];
}

/** The event's people, one entry per person with all their roles, in the order they joined. */
export function useMembers(eventKey: string, enabled: boolean) {
  return useQuery({
    queryKey: ['event', eventKey, 'team'],
    enabled,
    queryFn: async (): Promise<Member[]> => {
      const answer = await unwrap(
        api.GET('/v1/events/{eventKey}/users-events-roles', { params: { path: { eventKey }, query: { include: 'user', 'page[size]': '0' } } }),
      );
      const people = new Map((answer.included ?? []).filter((item) => item.type === 'user').map((item) => [item.id, item.attributes as Record<string, string | null>]));
      const members = new Map<string, Member>();
      for (const row of answer.data) {
        const userId = row.relationships?.user?.data?.id ?? '';
        const person = people.get(userId);
        const name = person?.['public-name'] || [person?.['first-name'], person?.['last-name']].filter(Boolean).join(' ') || answer.meta.emails?.[userId] || `User ${userId}`;
        const member = members.get(userId) ?? { userId, name, email: answer.meta.emails?.[userId], roles: [] };
        member.roles.push({ id: row.id, role: row.attributes.role });
        members.set(userId, member);
      }
      return [...members.values()];
    },
  });
}

export function usePendingInvites(eventKey: string, enabled: boolean) {
  return useQuery({
    queryKey: ['event', eventKey, 'invites'],
    enabled,
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/v1/events/{eventKey}/role-invites', {
            params: { path: { eventKey }, query: { 'page[size]': '0', filter: JSON.stringify([{ name: 'status', op: 'eq', val: 'pending' }]) } },
          }),
        )
      ).data,
  });
}

function useRefreshTeam(eventKey: string) {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: ['event', eventKey, 'team'] }), client.invalidateQueries({ queryKey: ['event', eventKey, 'invites'] })]);
}

/** Whether the mail went out, from the invite document's meta. */
const mailSent = (document: unknown) => (document as { meta?: { 'mail-sent'?: boolean } }).meta?.['mail-sent'] !== false;

export function useSendInvite(event: EventResource) {
  const refresh = useRefreshTeam(event.attributes.identifier!);
  return useMutation({
    mutationFn: async ({ email, role }: { email: string; role: RoleName }) => {
      const body = resourceDocument('role-invite', { email: email.trim(), 'role-name': role }, { event: { type: 'event', id: event.id } });
      const answer = await unwrap(api.POST('/v1/role-invites', { body: body as never }));
      return { email: answer.data.attributes.email, sent: mailSent(answer) };
    },
    onSuccess: refresh,
  });
}

export function useResendInvite(eventKey: string) {
  const refresh = useRefreshTeam(eventKey);
  return useMutation({
    mutationFn: async (invite: RoleInvite) => {
      const answer = await unwrap(api.POST('/v1/role-invites/{id}/resend', { params: { path: { id: invite.id } } }));
      return { email: invite.attributes.email, sent: mailSent(answer) };
    },
    onSuccess: refresh,
  });
}

export function useWithdrawInvite(eventKey: string) {
  const refresh = useRefreshTeam(eventKey);
  return useMutation({ mutationFn: (invite: RoleInvite) => unwrap(api.DELETE('/v1/role-invites/{id}', { params: { path: { id: invite.id } } })), onSuccess: refresh });
}

export function useRemoveRole(eventKey: string) {
  const refresh = useRefreshTeam(eventKey);
  return useMutation({ mutationFn: (roleId: string) => unwrap(api.DELETE('/v1/users-events-roles/{id}', { params: { path: { id: roleId } } })), onSuccess: refresh });
}

// ---- the invitation link ------------------------------------------------------------------------

export function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => unwrap(api.POST('/v1/role_invites/user', { body: { data: { token } } })),
    staleTime: 0,
  });
}

export function useAnswerInvitation(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answer: 'accept' | 'decline') =>
      unwrap(answer === 'accept' ? api.POST('/v1/role_invites/accept-invite', { body: { data: { token } } }) : api.POST('/v1/role_invites/decline-invite', { body: { data: { token } } })),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['invitation', token] }), client.invalidateQueries({ queryKey: ['my-events'] })]),
  });
}
