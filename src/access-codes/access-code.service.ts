// Using an access code: whether it may be used now, and the hidden tickets it shows a buyer. The same check runs in
// calculate-amount and create-order (order.service.ts), so the page, the quote and the order agree.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client.js';
import { tickets } from '../db/schema.js';
import type { Access } from '../events/access.js';
import type { EventRow } from '../events/event.repo.js';
import { ConflictError, NotFoundError, UnprocessableError, type ErrorSource } from '../http/errors.js';
import { listDocument } from '../http/jsonapi/document.js';
import type { ListQuery } from '../http/jsonapi/query.js';
import { listRows } from '../http/jsonapi/resource.repo.js';
import { getOne, loadVisibleEvent } from '../http/jsonapi/resource.service.js';
import { accessCodeResource } from './access-code.resource.js';
import { ticketResource } from '../tickets/ticket.resource.js';
import { findAccessCodeByText, type AccessCodeRow } from './access-code.repo.js';

export interface UsableAccessCode {
  code: AccessCodeRow;
  /** The tickets the code lists: the hidden ones among them become orderable. */
  ticketIds: Set<number>;
  /** Seats still allowed (null: no limit). */
  left: number | null;
}

export function accessCodeUsedUp(code: string, left: number, source: ErrorSource): ConflictError {
  return new ConflictError('access-code.used_up', left > 0 ? `Access code "${code}" can be used for ${left} more tickets` : `Access code "${code}" has been used up`, source);
}

/** The event's code with this text if it is active and valid now (a code without valid-till ends with the event). */
export async function findUsableAccessCode(db: DbOrTx, event: EventRow, text: string, now: Date, source: ErrorSource): Promise<UsableAccessCode> {
  const found = await findAccessCodeByText(db, event.id, text);
  if (!found) throw new UnprocessableError('access-code.not_found', `Access code "${text}" does not exist for this event`, source);
  const { code, ticketIds, used } = found;
  if (!code.isActive) throw new UnprocessableError('access-code.inactive', `Access code "${code.code}" is not active`, source);
  const validTill = code.validTill ?? event.endsAt;
  if ((code.validFrom && now < code.validFrom) || now >= validTill) {
    throw new UnprocessableError('access-code.expired', `Access code "${code.code}" is not valid now`, source);
  }
  return { code, ticketIds, left: code.ticketsNumber === null ? null : Math.max(0, code.ticketsNumber - used) };
}

/**
 * GET /v1/events/{id}/access-codes/{code}/tickets: the hidden tickets a valid code unlocks, for anyone who can see
 * the event (a buyer who was given the code). Only tickets both hidden and listed by the code; a used-up code is a 409.
 */
export async function unlockedTickets(db: Db, access: Access, eventKey: string, text: string, query: ListQuery, url: string, now = new Date()) {
  const event = await loadVisibleEvent(db, access, eventKey);
  const notFound = new NotFoundError('access-code.not_found', `Access code "${text}" does not exist for this event`, { parameter: 'code' });
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(text)) throw notFound;
  const usable = await findUsableAccessCode(db, event, text, now, { parameter: 'code' }).catch((error: unknown) => {
    throw error instanceof UnprocessableError && error.code === 'access-code.not_found' ? notFound : error;
  });
  if (usable.left === 0) throw accessCodeUsedUp(usable.code.code, 0, { parameter: 'code' });
  const ids = [...usable.ticketIds];
  const where = ids.length ? and(eq(tickets.eventId, event.id), eq(tickets.isHidden, true), inArray(tickets.id, ids)) : eq(tickets.id, -1);
  const page = await listRows(db, ticketResource, where, query, false);
  return listDocument(ticketResource, page.rows, page.total, access, query, url, undefined, {
    'access-code': { code: usable.code.code, 'tickets-left': usable.left },
  });
}

/** The original's GET /v1/events/{id}/access-codes/{code}: the code itself by its text, for coorganizers and up. */
export async function getAccessCodeByText(db: Db, access: Access, eventKey: string, text: string, query: ListQuery) {
  const event = await loadVisibleEvent(db, access, eventKey);
  const found = /^[A-Za-z0-9_-]{1,100}$/.test(text) && access.isCoorganizer(event.id) ? await findAccessCodeByText(db, event.id, text) : undefined;
  if (!found) throw new NotFoundError('access-code.not_found', `Access code "${text}" does not exist for this event`, { parameter: 'code' });
  return getOne(db, access, accessCodeResource, found.code.id, query);
}
