// The `event` resource: its attributes, and the relationships that `include` can follow.
import { events } from '../db/schema.js';
import type { ResourceDef } from '../http/jsonapi/resource.js';
import { copyrightResource } from '../copyrights/copyright.resource.js';
import { roomResource } from '../rooms/room.resource.js';
import { sessionTypeResource } from '../session-types/session-type.resource.js';
import { sessionResource } from '../sessions/session.resource.js';
import { socialLinkResource } from '../social-links/social-link.resource.js';
import { speakerResource } from '../speakers/speaker.resource.js';
import { sponsorResource } from '../sponsors/sponsor.resource.js';
import { taxResource } from '../taxes/tax.resource.js';
import { trackResource } from '../tracks/track.resource.js';
import { ticketResource } from '../tickets/ticket.resource.js';
import { orderResource } from '../orders/order.resource.js';
import { attendeeResource } from '../attendees/attendee.resource.js';
import { discountCodeResource } from '../discount-codes/discount-code.resource.js';
import { roleInviteResource } from '../role-invites/role-invite.resource.js';
import { sessions, speakers, tracks, microlocations, sessionTypes, sponsors, socialLinks, eventCopyrights, taxes, tickets, orders, attendees, discountCodes, roleInvites } from '../db/schema.js';

export const EVENT_STATES = ['draft', 'published'] as const;
export const EVENT_PRIVACY = ['public', 'private'] as const;

const nested = (path: string) => (id: number) => `/v1/events/${id}/${path}`;

export const eventResource: ResourceDef = {
  type: 'event',
  path: 'events',
  table: events,
  idColumn: events.id,
  deletedAtColumn: events.deletedAt,
  fields: {
    identifier: { column: events.identifier, type: 'string', readOnly: true },
    name: { column: events.name, type: 'string', required: true, notNull: true, maxLength: 255 },
    'starts-at': { column: events.startsAt, type: 'datetime', required: true, notNull: true },
    'ends-at': { column: events.endsAt, type: 'datetime', required: true, notNull: true },
    timezone: { column: events.timezone, type: 'string', notNull: true, maxLength: 64 },
    state: { column: events.state, type: 'enum', values: EVENT_STATES, notNull: true },
    privacy: { column: events.privacy, type: 'enum', values: EVENT_PRIVACY, notNull: true },
    online: { column: events.online, type: 'boolean', notNull: true },
    'location-name': { column: events.locationName, type: 'string', maxLength: 500 },
    'searchable-location-name': { column: events.searchableLocationName, type: 'string', maxLength: 500 },
    latitude: { column: events.latitude, type: 'number', minimum: -90, maximum: 90 },
    longitude: { column: events.longitude, type: 'number', minimum: -180, maximum: 180 },
    description: { column: events.description, type: 'text' },
    'after-order-message': { column: events.afterOrderMessage, type: 'text' },
    'code-of-conduct': { column: events.codeOfConduct, type: 'text' },
    'refund-policy': { column: events.refundPolicy, type: 'text' },
    'owner-name': { column: events.ownerName, type: 'string', maxLength: 255 },
    'owner-description': { column: events.ownerDescription, type: 'text' },
    'external-event-url': { column: events.externalEventUrl, type: 'url' },
    'ticket-url': { column: events.ticketUrl, type: 'url' },
    'logo-url': { column: events.logoUrl, type: 'url' },
    'original-image-url': { column: events.originalImageUrl, type: 'url' },
    'payment-currency': { column: events.paymentCurrency, type: 'string', notNull: true, maxLength: 3 },
    'payment-country': { column: events.paymentCountry, type: 'string', maxLength: 2 },
    'is-tax-enabled': { column: events.isTaxEnabled, type: 'boolean', notNull: true },
    'is-ticketing-enabled': { column: events.isTicketingEnabled, type: 'boolean', notNull: true },
    'is-sessions-speakers-enabled': { column: events.isSessionsSpeakersEnabled, type: 'boolean', notNull: true },
    'is-billing-info-mandatory': { column: events.isBillingInfoMandatory, type: 'boolean', notNull: true },
    // The offline payment methods the event takes and what buyers are told for each (the original's names).
    'can-pay-by-bank': { column: events.canPayByBank, type: 'boolean', notNull: true },
    'bank-details': { column: events.bankDetails, type: 'text', maxLength: 10_000 },
    'can-pay-by-cheque': { column: events.canPayByCheque, type: 'boolean', notNull: true },
    'cheque-details': { column: events.chequeDetails, type: 'text', maxLength: 10_000 },
    'can-pay-onsite': { column: events.canPayOnsite, type: 'boolean', notNull: true },
    'onsite-details': { column: events.onsiteDetails, type: 'text', maxLength: 10_000 },
    'can-pay-by-invoice': { column: events.canPayByInvoice, type: 'boolean', notNull: true },
    'invoice-details': { column: events.invoiceDetails, type: 'text', maxLength: 10_000 },
    'schedule-published-on': { column: events.schedulePublishedOn, type: 'datetime' },
    'is-map-shown': { column: events.isMapShown, type: 'boolean', notNull: true },
    'is-sponsors-enabled': { column: events.isSponsorsEnabled, type: 'boolean', notNull: true },
    'has-owner-info': { column: events.hasOwnerInfo, type: 'boolean', notNull: true },
    'thumbnail-image-url': { column: events.thumbnailImageUrl, type: 'url' },
    'large-image-url': { column: events.largeImageUrl, type: 'url' },
    'icon-image-url': { column: events.iconImageUrl, type: 'url' },
    'created-at': { column: events.createdAt, type: 'datetime', readOnly: true },
  },
  relationships: {
    tax: { kind: 'hasOne', target: () => taxResource, foreignColumn: taxes.eventId, related: (id) => `/v1/events/${id}/tax` },
    'event-copyright': {
      kind: 'hasOne',
      target: () => copyrightResource,
      foreignColumn: eventCopyrights.eventId,
      related: (id) => `/v1/events/${id}/event-copyright`,
    },
    sessions: { kind: 'hasMany', target: () => sessionResource, foreignColumn: sessions.eventId, related: nested('sessions') },
    speakers: { kind: 'hasMany', target: () => speakerResource, foreignColumn: speakers.eventId, related: nested('speakers') },
    tracks: { kind: 'hasMany', target: () => trackResource, foreignColumn: tracks.eventId, related: nested('tracks') },
    microlocations: {
      kind: 'hasMany',
      target: () => roomResource,
      foreignColumn: microlocations.eventId,
      related: nested('microlocations'),
    },
    'session-types': {
      kind: 'hasMany',
      target: () => sessionTypeResource,
      foreignColumn: sessionTypes.eventId,
      related: nested('session-types'),
    },
    sponsors: { kind: 'hasMany', target: () => sponsorResource, foreignColumn: sponsors.eventId, related: nested('sponsors') },
    // The tickets the caller may see (hidden ones only for coorganizers): event lists show price ranges from them.
    tickets: { kind: 'hasMany', target: () => ticketResource, foreignColumn: tickets.eventId, related: nested('tickets') },
    'social-links': {
      kind: 'hasMany',
      target: () => socialLinkResource,
      foreignColumn: socialLinks.eventId,
      related: nested('social-links'),
    },
    // The organizers' data, as the original links it; included only within each one's read scope (orders: buyers and
    // coorganizers, attendees: registrars and their own, codes and invites: coorganizers).
    orders: { kind: 'hasMany', target: () => orderResource, foreignColumn: orders.eventId, related: nested('orders') },
    attendees: { kind: 'hasMany', target: () => attendeeResource, foreignColumn: attendees.eventId, related: nested('attendees') },
    'discount-codes': { kind: 'hasMany', target: () => discountCodeResource, foreignColumn: discountCodes.eventId, related: nested('discount-codes') },
    'role-invites': { kind: 'hasMany', target: () => roleInviteResource, foreignColumn: roleInvites.eventId, related: nested('role-invites') },
  },
  defaultSort: [{ column: events.startsAt }],
  // The original's online payment providers and PayPal account: Convene takes offline payments only.
  absent: { 'can-pay-by-paypal': false, 'can-pay-by-stripe': false, 'can-pay-by-omise': false, 'is-stripe-linked': false, 'paypal-email': null },
  // The published schedule files (public once the event is published and its schedule-published-on is set).
  computed: {
    'pentabarf-url': (row) => scheduleUrl(row, 'schedule.xml'),
    'ical-url': (row) => scheduleUrl(row, 'schedule.ics'),
    'xcal-url': (row) => scheduleUrl(row, 'schedule.xcal'),
  },
};

function scheduleUrl(row: Record<string, unknown>, file: string): string | null {
  return row.state === 'published' && row.schedulePublishedOn ? `/v1/events/${row.identifier as string}/${file}` : null;
}
