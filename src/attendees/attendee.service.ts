// The organizer's attendee list: one tab (by order status or check-in) and the search box, with the count of every
// tab under the same search. Who sees which attendees is the resource's read scope (registrar+ every one of the
// event, a buyer their seats); the buyer's name and e-mail are searched only for coorganizers.
import { and } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Access } from '../events/access.js';
import type { ListQuery } from '../http/jsonapi/query.js';
import { listForEvent } from '../http/jsonapi/resource.service.js';
import { attendeeSearchCondition, attendeeTabCondition, countAttendeesByTab, type AttendeeTab } from './attendee.repo.js';
import { attendeeResource } from './attendee.resource.js';

export interface AttendeeFilters {
  tab: AttendeeTab;
  search: string;
}

export async function listEventAttendees(db: Db, access: Access, eventKey: string, query: ListQuery, filters: AttendeeFilters, url: string) {
  const search = (eventId: number) => attendeeSearchCondition(eventId, filters.search, access.isCoorganizer(eventId));
  return listForEvent(db, access, attendeeResource, eventKey, query, url, {
    where: (event) => and(attendeeTabCondition(filters.tab), search(event.id)),
    meta: async (event) => ({ tabs: await countAttendeesByTab(db, event.id, and(attendeeResource.readScope?.(access), search(event.id))) }),
  });
}
