// Orders: pricing a basket (calculate-amount), making an order that reserves its seats (create-order), paying
// or cancelling it, organizer lists with totals, and expiring unpaid orders. All amounts come from pricing.ts.
import crypto from 'node:crypto';
import type { Db, DbOrTx } from '../db/client.js';
import type { Access } from '../events/access.js';
import { findEventByKey, type EventRow } from '../events/event.repo.js';
import { ApiError, ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, UnprocessableError } from '../http/errors.js';
import type { Mailer } from '../mail/mailer.js';
import { confirmationMail } from './order.mail.js';
import { checkSparseFields, listDocument, singleDocument } from '../http/jsonapi/document.js';
import type { ListQuery } from '../http/jsonapi/query.js';
import { findRow, listRows, loadIncludes, eventIdsOf } from '../http/jsonapi/resource.repo.js';
import { readAttributes, type Row } from '../http/jsonapi/resource.js';
import { includedDefs, listForEvent, scopeFor, type JsonApiBody } from '../http/jsonapi/resource.service.js';
import { attendeeResource } from '../attendees/attendee.resource.js';
import { and, eq } from 'drizzle-orm';
import { attendees, orders } from '../db/schema.js';
import { listAttendeeFormFields } from '../custom-forms/custom-form.repo.js';
import { checkAnswers } from '../custom-forms/custom-form.service.js';
import { lockAccessCodeUses } from '../access-codes/access-code.repo.js';
import { accessCodeUsedUp, findUsableAccessCode } from '../access-codes/access-code.service.js';
import {
  changeOrder,
  expireOrders,
  findDiscountCode,
  findLiveTax,
  countOrdersByTab,
  findOrderByIdentifier,
  findOrderConfirmation,
  findTickets,
  insertOrder,
  orderHistory,
  orderSearchCondition,
  orderTabCondition,
  releaseOrder,
  reserveSeats,
  useDiscountCode,
  type OrderRow,
  type OrderTab,
  type TicketRow,
} from './order.repo.js';
import { invoiceNumber, OFFLINE_PAYMENT_MODES, orderResource, refuseUntakenPaymentMode, type OrderStatus } from './order.resource.js';
import { calculate, calculationResponse, currencyDigits, formatMinor, toMinor, type Calculation, type PricingDiscount, type TicketType } from './pricing.js';

export interface BasketInput {
  tickets: { id: number | string; quantity: number; price?: number | string }[];
  'discount-code'?: string | number | null;
  /** The text of an access code that unlocks hidden tickets of the basket. */
  'access-code'?: string | null;
}

export interface AttendeeInput {
  ticket: number | string;
  firstname?: string;
  lastname?: string;
  email?: string;
  address?: string;
  city?: string;
  state?: string;
  country?: string;
  'job-title'?: string;
  phone?: string;
  company?: string;
  /** Answers to the event's custom attendee form, by field identifier. */
  'complex-field-values'?: Record<string, unknown>;
}

export interface OrderInput extends BasketInput {
  attendees?: AttendeeInput[];
}

interface PricedBasket {
  event: EventRow;
  tickets: Map<number, TicketRow>;
  lines: { ticket: TicketRow; quantity: number; price?: string; index: number }[];
  /** The code used and how many of its uses this basket takes (its discounted tickets). */
  discount: { id: number; code: string; uses: number } | null;
  /** The access code that unlocked tickets of this basket and how many seats of its tickets the basket takes. */
  accessCode: { id: number; code: string; uses: number; left: number | null } | null;
  calc: Calculation;
}

const bad = (code: string, detail: string, pointer: string) => new UnprocessableError(code, detail, { pointer });

function decimalText(value: number | string): string {
  return typeof value === 'number' ? String(value) : value.trim();
}

function soldOut(name: string, left: number, index: number): ConflictError {
  return new ConflictError('order.sold_out', left > 0 ? `Only ${left} of "${name}" are left` : `"${name}" is sold out`, {
    pointer: `/tickets/${index}/quantity`,
  });
}

function usedUp(code: string, left: number): ConflictError {
  return new ConflictError(
    'discount-code.used_up',
    left > 0 ? `Discount code "${code}" can be used for ${left} more tickets` : `Discount code "${code}" has been used up`,
    { pointer: '/discount-code' },
  );
}

/**
 * Checks a basket against the event's rules and prices it. Seat and code-use counts are checked as last
 * read (409 when sold out or used up); create-order then takes them for certain in its transaction.
 */
async function priceBasket(db: DbOrTx, access: Access, input: BasketInput, now: Date): Promise<PricedBasket> {
  const requested = new Map<number, { index: number; quantity: number; price?: number | string }>();
  input.tickets.forEach((item, index) => {
    const id = Number(item.id);
    if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647) throw bad('order.ticket', `Ticket ${item.id} not found`, `/tickets/${index}/id`);
    if (requested.has(id)) throw bad('order.duplicate_ticket', `Ticket ${id} is listed twice`, `/tickets/${index}/id`);
    if (item.quantity > 0) requested.set(id, { index, quantity: item.quantity, price: item.price });
  });
  if (requested.size === 0) throw bad('order.empty', 'Choose at least one ticket', '/tickets');

  const rows = await findTickets(db, [...requested.keys()]);
  const tickets = new Map(rows.map((row) => [row.id, row]));
  for (const [id, { index }] of requested) {
    if (!tickets.has(id)) throw bad('order.ticket', `Ticket ${id} not found`, `/tickets/${index}/id`);
  }
  const eventIds = new Set(rows.map((row) => row.eventId));
  if (eventIds.size > 1) throw bad('order.mixed_events', 'All tickets of an order must belong to one event', '/tickets');
  const event = await findEventByKey(db, String(rows[0].eventId));
  if (event) await access.load([event.id]);
  if (!event || !access.canSeeEvent(event) || event.deletedAt) throw bad('order.ticket', 'These tickets are not on sale', '/tickets');
  if (!event.isTicketingEnabled) throw bad('order.ticketing_disabled', 'Ticketing is not enabled for this event', '/tickets');
  const accessKey = input['access-code'];
  const unlocking = accessKey ? await findUsableAccessCode(db, event, accessKey, now, { pointer: '/access-code' }) : undefined;

  const digits = currencyDigits(event.paymentCurrency);
  const lines: PricedBasket['lines'] = [];
  for (const [id, { index, quantity, price }] of requested) {
    const ticket = tickets.get(id)!;
    const at = (field: string) => `/tickets/${index}/${field}`;
    if (ticket.isHidden && !unlocking?.ticketIds.has(ticket.id)) {
      throw bad('order.ticket_hidden', unlocking ? `Access code "${unlocking.code.code}" does not unlock "${ticket.name}"` : `Ticket "${ticket.name}" is not on sale`, at('id'));
    }
    if (ticket.salesStartsAt && now < ticket.salesStartsAt) {
      throw bad('order.sales_not_started', `Sales of "${ticket.name}" start at ${ticket.salesStartsAt.toISOString()}`, at('id'));
    }
    if (ticket.salesEndsAt && now >= ticket.salesEndsAt) {
      throw bad('order.sales_ended', `Sales of "${ticket.name}" ended at ${ticket.salesEndsAt.toISOString()}`, at('id'));
    }
    if (quantity < ticket.minOrder || quantity > ticket.maxOrder) {
      throw bad('order.quantity', `"${ticket.name}" can be ordered ${ticket.minOrder} to ${ticket.maxOrder} at a time`, at('quantity'));
    }
    let donation: string | undefined;
    if (ticket.type === 'donation') {
      if (price === undefined) throw bad('order.donation_price', `Say how much to give for "${ticket.name}"`, at('price'));
      donation = decimalText(price);
      let minor: bigint;
      try {
        minor = toMinor(donation, digits);
      } catch {
        throw bad('order.donation_price', `price must be an amount with at most ${digits} decimal places`, at('price'));
      }
      if (minor < 0n || (ticket.minPrice !== null && minor < toMinor(ticket.minPrice, digits)) || (ticket.maxPrice !== null && minor > toMinor(ticket.maxPrice, digits))) {
        throw bad('order.donation_price', `The amount for "${ticket.name}" must be between ${ticket.minPrice ?? '0'} and ${ticket.maxPrice ?? 'any amount'}`, at('price'));
      }
    } else if (price !== undefined) {
      throw bad('order.price_not_allowed', 'price may only be given for donation tickets', at('price'));
    }
    lines.push({ ticket, quantity, price: donation, index });
  }

  // Seats left as last read: create-order takes them for certain with reserveSeats in its transaction.
  for (const line of lines) {
    const left = line.ticket.quantity - line.ticket.reserved;
    if (line.quantity > left) throw soldOut(line.ticket.name, left, line.index);
  }

  // A code is kept with the order when it unlocked a hidden ticket of it; its uses are then the seats of all its
  // tickets in the basket (what its `used` counts). A code named for public tickets only is not kept.
  let accessCode: PricedBasket['accessCode'] = null;
  if (unlocking && lines.some((line) => line.ticket.isHidden && unlocking.ticketIds.has(line.ticket.id))) {
    const { code } = unlocking;
    const uses = lines.filter((line) => unlocking.ticketIds.has(line.ticket.id)).reduce((n, line) => n + line.quantity, 0);
    if (uses < code.minQuantity || (code.maxQuantity !== null && uses > code.maxQuantity)) {
      throw bad('access-code.quantity', `Access code "${code.code}" allows ${code.minQuantity} to ${code.maxQuantity ?? 'any number of'} tickets per order`, '/access-code');
    }
    if (unlocking.left !== null && uses > unlocking.left) throw accessCodeUsedUp(code.code, unlocking.left, { pointer: '/access-code' });
    accessCode = { id: code.id, code: code.code, uses, left: unlocking.left };
  }

  let discountSpec: PricingDiscount | null = null;
  let discount: PricedBasket['discount'] = null;
  let usesLeft: number | null = null;
  const key = input['discount-code'];
  if (key !== undefined && key !== null && key !== '') {
    const pointer = '/discount-code';
    // The code by id when it looks like one, else (or when no such id) by its text.
    let byText = /^\d{1,9}$/.test(String(key)) ? await findDiscountCode(db, event.id, Number(key)) : undefined;
    if (!byText && typeof key === 'string') byText = await findDiscountCode(db, event.id, key);
    if (!byText) throw bad('discount-code.not_found', `Discount code "${key}" does not exist for this event`, pointer);
    const { code, ticketIds } = byText;
    const validTill = code.validTill ?? event.endsAt;
    if (!code.isActive) throw bad('discount-code.inactive', `Discount code "${code.code}" is not active`, pointer);
    if ((code.validFrom && now < code.validFrom) || now >= validTill) throw bad('discount-code.expired', `Discount code "${code.code}" is not valid now`, pointer);
    const applicable = lines.filter((line) => ticketIds.has(line.ticket.id) && line.ticket.type !== 'free').reduce((n, line) => n + line.quantity, 0);
    if (applicable === 0) throw bad('discount-code.not_applicable', `Discount code "${code.code}" does not apply to the chosen tickets`, pointer);
    if (applicable < code.minQuantity || (code.maxQuantity !== null && applicable > code.maxQuantity)) {
      throw bad('discount-code.quantity', `Discount code "${code.code}" needs ${code.minQuantity} to ${code.maxQuantity ?? 'any number of'} tickets`, pointer);
    }
    discountSpec = { id: code.id, code: code.code, type: code.type as 'amount' | 'percent', value: code.value, ticketIds };
    discount = { id: code.id, code: code.code, uses: 0 };
    usesLeft = code.ticketsNumber === null ? null : code.ticketsNumber - code.used;
  }

  const tax = event.isTaxEnabled ? await findLiveTax(db, event.id) : undefined;
  let calc: Calculation;
  try {
    calc = calculate(
      lines.map((line) => ({ ticket: { id: line.ticket.id, name: line.ticket.name, type: line.ticket.type as TicketType, price: line.ticket.price }, quantity: line.quantity, price: line.price })),
      discountSpec,
      tax ? { name: tax.name, rate: tax.rate, included: tax.included } : null,
      event.paymentCurrency,
    );
  } catch (error) {
    // A price stored with more decimals than the event's currency has (the currency changed after the
    // tickets were priced): the organizer must fix the tickets; the buyer is told why nothing can be sold.
    if (error instanceof RangeError) {
      throw bad('order.price_invalid', `A ticket or discount of this event is not a valid ${event.paymentCurrency} amount (${error.message}); the organizer must correct it`, '/tickets');
    }
    throw error;
  }
  if (discount) {
    // One use per discounted ticket; the count create-order takes and a cancellation gives back.
    discount.uses = calc.lines.filter((line) => line.discount > 0n).reduce((n, line) => n + line.quantity, 0);
    if (usesLeft !== null && discount.uses > usesLeft) throw usedUp(discount.code, usesLeft);
  }
  return { event, tickets, lines, discount, accessCode, calc };
}

export async function calculateAmount(db: Db, access: Access, input: BasketInput, now = new Date()) {
  const basket = await priceBasket(db, access, input, now);
  return calculationResponse(basket.calc);
}

const ATTENDEE_FIELDS = ['firstname', 'lastname', 'email', 'address', 'city', 'state', 'country', 'phone', 'company'] as const;

function seatDetails(input: AttendeeInput): Record<string, string | undefined> {
  const details: Record<string, string | undefined> = {};
  for (const field of ATTENDEE_FIELDS) details[field] = input[field];
  details.jobTitle = input['job-title'];
  return details;
}

export async function createOrder(db: Db, access: Access, input: OrderInput, now = new Date()) {
  const actor = access.actor;
  if (!actor) throw new UnauthorizedError('auth.required', 'Log in to order tickets');
  const order = await db.transaction(async (tx) => {
    const basket = await priceBasket(tx, access.withDb(tx), input, now);
    const { calc, event } = basket;
    const identifier = crypto.randomUUID();
    const format = (minor: bigint) => formatMinor(minor, calc.digits);

    // One attendee per seat, with the details the buyer gave for that ticket, in order.
    const seats: { ticketId: number; details: Record<string, unknown> }[] = [];
    for (const line of basket.lines) for (let i = 0; i < line.quantity; i++) seats.push({ ticketId: line.ticket.id, details: {} });
    // The details given for a seat are its attendee's: their form answers are checked as a PATCH of the attendee would.
    const form = input.attendees?.length ? await listAttendeeFormFields(tx, event.id) : [];
    (input.attendees ?? []).forEach((item, index) => {
      const seat = seats.find((s) => s.ticketId === Number(item.ticket) && Object.keys(s.details).length === 0);
      if (!seat) throw bad('order.attendee_ticket', `Attendee ${index + 1} names ticket ${item.ticket}, which has no seat left in this order`, `/attendees/${index}/ticket`);
      seat.details = { ...seatDetails(item), complexFieldValues: checkAnswers(form, item['complex-field-values'] ?? {}, `/attendees/${index}/complex-field-values`, true) };
    });
    const used = new Set<string>();
    const attendeeRows = seats.map((seat) => {
      let code: string;
      do code = crypto.randomBytes(3).toString('hex');
      while (used.has(code));
      used.add(code);
      return { identifier: code, ticketCode: `${identifier}-${code}`, eventId: event.id, ticketId: seat.ticketId, buyerId: actor.id, ...seat.details };
    });

    const inserted = await insertOrder(
      tx,
      {
        identifier,
        eventId: event.id,
        userId: actor.id,
        status: 'initializing',
        currency: event.paymentCurrency,
        subTotal: format(calc.subTotal),
        discountAmount: format(calc.discount),
        taxAmount: format(calc.tax),
        taxIncluded: calc.taxSpec?.included ?? false,
        taxRate: calc.taxSpec?.rate ?? null,
        taxName: calc.taxSpec?.name ?? null,
        amount: format(calc.total),
        discountCodeId: basket.discount?.id ?? null,
        accessCodeId: basket.accessCode?.id ?? null,
        createdAt: now,
      },
      calc.lines.map((line) => ({
        ticketId: line.ticketId,
        quantity: line.quantity,
        price: format(line.price),
        discount: format(line.discount),
        subTotal: format(line.subTotal),
      })),
      attendeeRows,
      actor.id,
    );
    // Last, so the ticket and code rows stay locked only until the commit that follows.
    const short = await reserveSeats(tx, basket.lines.map((line) => ({ ticketId: line.ticket.id, quantity: line.quantity })));
    if (short) {
      const line = basket.lines.find((l) => l.ticket.id === short.ticketId)!;
      throw soldOut(line.ticket.name, short.left, line.index);
    }
    if (basket.discount && basket.discount.uses > 0) {
      const none = await useDiscountCode(tx, basket.discount.id, basket.discount.uses);
      if (none) throw usedUp(basket.discount.code, none.left);
    }
    if (basket.accessCode) {
      // With the code's row locked, its uses counted again include this order and every committed one.
      const code = basket.accessCode;
      const { used, ticketsNumber } = await lockAccessCodeUses(tx, code.id);
      if (ticketsNumber !== null && used > ticketsNumber) {
        throw accessCodeUsedUp(code.code, Math.max(0, ticketsNumber - (used - code.uses)), { pointer: '/access-code' });
      }
    }
    return inserted;
  });
  return orderDocument(db, access, order as unknown as Row, { include: { attendees: {} }, fields: {} } as unknown as ListQuery);
}

async function orderDocument(db: Db, access: Access, stored: Row, query: ListQuery) {
  // Read through the resource, for the attributes computed from other rows (buyer, ticket count).
  const order = (await findRow(db, orderResource, stored.id)) ?? stored;
  const includes = await loadIncludes(db, orderResource, [order], query.include, scopeFor(access));
  await access.load(eventIdsOf(includes.included.values()));
  return singleDocument(orderResource, order, access, query, includes);
}

/** The order if the caller is its buyer or coorganizer+ of its event (else 404, as if absent). */
async function visibleOrder(db: DbOrTx, access: Access, identifier: string): Promise<OrderRow> {
  const order = await findOrderByIdentifier(db, identifier);
  if (order) await access.load([order.eventId]);
  if (!order || !(order.userId === access.actor?.id || access.isCoorganizer(order.eventId))) {
    throw new NotFoundError('order.not_found', `Order ${identifier} not found`);
  }
  return order;
}

export async function getOrder(db: Db, access: Access, identifier: string, query: ListQuery) {
  return orderDocument(db, access, (await visibleOrder(db, access, identifier)) as unknown as Row, query);
}

const LIVE: OrderStatus[] = ['initializing', 'pending', 'placed', 'completed'];
const UNPAID: OrderStatus[] = ['initializing', 'pending'];

export async function updateOrder(db: Db, access: Access, identifier: string, body: JsonApiBody) {
  if (body.data.type !== 'order') {
    throw new ConflictError('type_mismatch', `Expected type "order", got "${body.data.type}"`, { pointer: '/data/type' });
  }
  const order = await visibleOrder(db, access, identifier);
  if (body.data.id !== String(order.id) && body.data.id !== order.identifier) {
    throw new ConflictError('id_mismatch', `data.id "${body.data.id}" does not match order ${identifier}`, { pointer: '/data/id' });
  }
  const organizer = access.isCoorganizer(order.eventId);
  const status = order.status as OrderStatus;
  const values = readAttributes(orderResource, body.data.attributes) as Record<string, unknown>;
  const wanted = values.status as OrderStatus | undefined;
  delete values.status;
  if (!LIVE.includes(status)) throw new ConflictError('order.closed', `Order is ${status} and can no longer change`);

  // Written with the status they belong to: why an order was cancelled, how an offline payment arrived.
  const change: Record<string, unknown> = {};
  const withStatus = { cancelNote: 'cancelled', paidVia: 'completed', transactionId: 'completed' } as const;
  for (const [key, needed] of Object.entries(withStatus)) {
    if (!(key in values)) continue;
    const name = key === 'cancelNote' ? 'cancel-note' : key === 'paidVia' ? 'paid-via' : 'transaction-id';
    if (wanted !== needed) throw bad('order.note_without_status', `${name} can only be given when setting status to ${needed}`, `/data/attributes/${name}`);
    change[key] = typeof values[key] === 'string' ? (values[key] as string).trim() || null : values[key];
    delete values[key];
  }

  const billingOrMode = Object.keys(values).length > 0;
  if (billingOrMode) {
    if (!UNPAID.includes(status)) {
      throw new ConflictError('order.paid', `Payment and billing details can change only before payment; the order is ${status}`);
    }
    Object.assign(change, values);
  }
  if (values.paymentMode !== undefined) {
    const mode = values.paymentMode as string;
    if (Number(order.amount) === 0) {
      change.paymentMode = 'free';
      change.status = 'completed';
      change.completedAt = new Date();
    } else if (mode === 'free') {
      throw bad('order.not_free', `This order costs ${order.amount} ${order.currency}; choose bank, cheque, onsite or invoice`, '/data/attributes/payment-mode');
    } else if (OFFLINE_PAYMENT_MODES.includes(mode)) {
      const event = await findEventByKey(db, String(order.eventId));
      if (event) refuseUntakenPaymentMode(event, mode);
      if (event?.isBillingInfoMandatory) {
        const merged = { ...order, ...values } as Record<string, unknown>;
        for (const [key, name] of [['company', 'company'], ['address', 'address'], ['city', 'city'], ['country', 'country'], ['zipcode', 'zipcode']] as const) {
          if (!merged[key]) throw bad('order.billing_required', `${name} is required for this event`, `/data/attributes/${name}`);
        }
      }
      change.status = 'placed';
    }
  }
  if (wanted && wanted !== status) {
    if (wanted === 'cancelled') {
      if (!organizer && !(access.actor?.id === order.userId && status !== 'completed')) {
        throw new ForbiddenError('order.cancel_forbidden', 'Only an organizer can cancel a completed order');
      }
      change.status = 'cancelled';
    } else if (wanted === 'completed') {
      if (!organizer) throw new ForbiddenError('order.complete_forbidden', 'Only an organizer can mark an order completed');
      if (status !== 'placed' && status !== 'pending') {
        throw new ConflictError('order.not_placed', `Only placed or pending orders can be marked completed; this one is ${status}`);
      }
      change.status = 'completed';
      change.completedAt = new Date();
    } else {
      throw bad('order.status', 'status can only be set to completed or cancelled', '/data/attributes/status');
    }
  }
  // A PATCH that changes nothing (no attributes, or only ones the order does not have) answers the order as it is.
  if (Object.keys(change).length === 0) return orderDocument(db, access, order as unknown as Row, { include: {}, fields: {} } as unknown as ListQuery);
  const updated = await db.transaction(async (tx) => {
    const saved = await changeOrder(tx, order.id, status, change, access.actor?.id ?? null);
    if (saved && change.status === 'cancelled') await releaseOrder(tx, order.id);
    return saved;
  });
  if (!updated) throw new ConflictError('order.changed', 'The order changed meanwhile; reload it and try again');
  return orderDocument(db, access, updated as unknown as Row, { include: {}, fields: {} } as unknown as ListQuery);
}

export interface OrderFilters {
  tab: OrderTab;
  search: string;
}

/**
 * The orders of an event for coorganizer+ on one tab and matching the search box, with counts and amounts per
 * status in meta.totals (all orders) and the count of every tab under the same search in meta.tabs.
 */
export async function listEventOrders(db: Db, access: Access, eventKey: string, query: ListQuery, filters: OrderFilters, url: string) {
  return listForEvent(db, access, orderResource, eventKey, query, url, {
    where: (event) => and(orderTabCondition(filters.tab), orderSearchCondition(event.id, filters.search)),
    meta: async (event) => ({ tabs: await countOrdersByTab(db, event.id, orderSearchCondition(event.id, filters.search)) }),
  });
}

/** Every order of every event (GET /v1/orders, as the original): admins only. */
export async function listAllOrders(db: Db, access: Access, query: ListQuery, url: string) {
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in as an admin to list all orders');
  if (!access.isAdmin) throw new ForbiddenError('order.list_forbidden', 'Only admins list the orders of every event; organizers use /v1/events/{id}/orders');
  checkSparseFields([orderResource, ...includedDefs(orderResource, query.include)], query.fields);
  const page = await listRows(db, orderResource, undefined, query, true);
  const includes = await loadIncludes(db, orderResource, page.rows, query.include, scopeFor(access));
  return listDocument(orderResource, page.rows, page.total, access, query, url, includes);
}

/** An order's status changes for coorganizer+ of its event and its buyer: from, to, when and by whom. */
export async function getOrderHistory(db: Db, access: Access, identifier: string) {
  const order = await visibleOrder(db, access, identifier);
  const rows = await orderHistory(db, order.id);
  return {
    data: rows.map((row) => ({ from: row.from, to: row.to, at: row.at.toISOString(), by: row.actorId === null ? null : { id: String(row.actorId), name: row.actorName } })),
  };
}

/** Orders whose buyer has been told what they hold: paid, or to be paid at the door or by invoice. */
const CONFIRMED: OrderStatus[] = ['completed', 'placed'];

/** Mails the order's confirmation to its buyer again (coorganizer+); a mail that cannot be sent is a 502. */
export async function resendConfirmation(db: Db, access: Access, mailer: Mailer, identifier: string, orderLink: (identifier: string) => string) {
  const order = await visibleOrder(db, access, identifier);
  if (!access.isCoorganizer(order.eventId)) throw new ForbiddenError('order.resend_forbidden', 'Only an organizer can send the confirmation again');
  if (!CONFIRMED.includes(order.status as OrderStatus)) {
    throw new ConflictError('order.not_confirmed', `Only completed or placed orders have a confirmation; this one is ${order.status}`);
  }
  const data = await findOrderConfirmation(db, order.id);
  if (!data.buyerEmail) throw new ConflictError('order.no_buyer', "The buyer's account no longer exists, so there is no address to send to");
  const message = confirmationMail(data.buyerEmail, {
    eventName: data.eventName,
    timezone: data.timezone,
    startsAt: data.startsAt,
    orderNumber: invoiceNumber(order),
    status: order.status,
    amount: order.amount,
    currency: order.currency,
    paymentMode: order.paymentMode,
    seats: data.seats.map((seat) => ({ name: [seat.firstname, seat.lastname].filter(Boolean).join(' '), ticket: seat.ticket, code: seat.code })),
    link: orderLink(order.identifier),
  });
  let sent: Awaited<ReturnType<Mailer['send']>>;
  try {
    sent = await mailer.send(message);
  } catch (error) {
    throw new ApiError(502, 'mail.failed', 'Bad Gateway', `The mail could not be sent: ${(error as Error).message}`);
  }
  return { 'sent-to': data.buyerEmail, delivered: sent.delivered };
}

/**
 * The attendees of an order: all of them for its buyer and registrar+ of its event, an attendee's own seat
 * for an attendee (by e-mail); 404 for anybody who may see none of them.
 */
export async function listOrderAttendees(db: Db, access: Access, identifier: string, query: ListQuery, url: string) {
  const order = await findOrderByIdentifier(db, identifier);
  if (order) await access.load([order.eventId]);
  const notFound = new NotFoundError('order.not_found', `Order ${identifier} not found`);
  if (!order || !access.actor) throw notFound;
  const whole = order.userId === access.actor.id || access.isRegistrar(order.eventId);
  const where = whole ? eq(attendees.orderId, order.id) : and(eq(attendees.orderId, order.id), attendeeResource.readScope?.(access));
  const page = await listRows(db, attendeeResource, where, query, true);
  if (!whole && page.total === 0) throw notFound;
  const includes = await loadIncludes(db, attendeeResource, page.rows, query.include, scopeFor(access));
  return listDocument(attendeeResource, page.rows, page.total, access, query, url, includes);
}

/**
 * When an unpaid order runs out and its seats go back on sale (as expireOrders counts it), for the checkout's
 * countdown; null once it is paid, placed or closed.
 */
export function orderExpiresAt(order: { status?: string; createdAt?: Date | string }, expiryMinutes: number): string | null {
  const grace = order.status === 'initializing' ? 0 : order.status === 'pending' ? 30 : null;
  if (grace === null || !order.createdAt) return null;
  return new Date(new Date(order.createdAt).getTime() + (expiryMinutes + grace) * 60_000).toISOString();
}

/** A person's own orders (that person and admins), newest first, for My tickets. */
export async function listUserOrders(db: Db, access: Access, userId: number, query: ListQuery, url: string) {
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in to see your orders');
  if (!access.isAdmin && access.actor.id !== userId) throw new NotFoundError('user.not_found', `User ${userId} not found`);
  const page = await listRows(db, orderResource, eq(orders.userId, userId), query, false);
  const includes = await loadIncludes(db, orderResource, page.rows, query.include, scopeFor(access));
  await access.load([...eventIdsOf(includes.included.values()), ...page.rows.map((row) => row.eventId as number)]);
  return listDocument(orderResource, page.rows, page.total, access, query, url, includes);
}

export async function expireUnpaidOrders(db: Db, now: Date, expiryMinutes: number): Promise<number> {
  return expireOrders(db, now, expiryMinutes);
}
