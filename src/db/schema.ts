// The whole database in one drizzle schema. drizzle-kit generates the committed migrations in ./drizzle
// from this file (`npm run db:generate`). Soft delete (`deleted_at`) follows the original where it had it.
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  doublePrecision,
} from 'drizzle-orm/pg-core';

const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => tstz('created_at').notNull().defaultNow();
const deletedAt = () => tstz('deleted_at');

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    firstName: text('first_name'),
    lastName: text('last_name'),
    publicName: text('public_name'),
    avatarUrl: text('avatar_url'),
    isAdmin: boolean('is_admin').notNull().default(false),
    isVerified: boolean('is_verified').notNull().default(false),
    isBlocked: boolean('is_blocked').notNull().default(false),
    createdAt: createdAt(),
    deletedAt: deletedAt(),
  },
  (t) => [uniqueIndex('users_email_live_unique').on(sql`lower(${t.email})`).where(sql`${t.deletedAt} is null`)],
);

export const events = pgTable(
  'events',
  {
    id: serial('id').primaryKey(),
    identifier: text('identifier').notNull(),
    name: text('name').notNull(),
    startsAt: tstz('starts_at').notNull(),
    endsAt: tstz('ends_at').notNull(),
    timezone: text('timezone').notNull().default('UTC'),
    state: text('state').notNull().default('draft'),
    privacy: text('privacy').notNull().default('public'),
    online: boolean('online').notNull().default(false),
    locationName: text('location_name'),
    searchableLocationName: text('searchable_location_name'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    description: text('description'),
    afterOrderMessage: text('after_order_message'),
    codeOfConduct: text('code_of_conduct'),
    refundPolicy: text('refund_policy'),
    ownerName: text('owner_name'),
    ownerDescription: text('owner_description'),
    externalEventUrl: text('external_event_url'),
    ticketUrl: text('ticket_url'),
    logoUrl: text('logo_url'),
    originalImageUrl: text('original_image_url'),
    paymentCurrency: text('payment_currency').notNull().default('USD'),
    paymentCountry: text('payment_country'),
    isTaxEnabled: boolean('is_tax_enabled').notNull().default(false),
    isTicketingEnabled: boolean('is_ticketing_enabled').notNull().default(false),
    isSessionsSpeakersEnabled: boolean('is_sessions_speakers_enabled').notNull().default(false),
    isBillingInfoMandatory: boolean('is_billing_info_mandatory').notNull().default(false),
    schedulePublishedOn: tstz('schedule_published_on'),
    createdAt: createdAt(),
    deletedAt: deletedAt(),
  },
  (t) => [uniqueIndex('events_identifier_unique').on(t.identifier), index('events_state_idx').on(t.state, t.privacy)],
);

export const usersEventsRoles = pgTable(
  'users_events_roles',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    trackId: integer('track_id').references(() => tracks.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_events_roles_unique').on(t.userId, t.eventId, t.role, sql`coalesce(${t.trackId}, 0)`),
    index('users_events_roles_event_idx').on(t.eventId),
  ],
);

export const tracks = pgTable(
  'tracks',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    color: text('color').notNull(),
    fontColor: text('font_color'),
    position: integer('position').notNull().default(0),
    deletedAt: deletedAt(),
  },
  (t) => [index('tracks_event_idx').on(t.eventId)],
);

export const microlocations = pgTable(
  'microlocations',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    floor: integer('floor'),
    room: text('room'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    position: integer('position').notNull().default(0),
    hiddenInScheduler: boolean('hidden_in_scheduler').notNull().default(false),
    deletedAt: deletedAt(),
  },
  (t) => [index('microlocations_event_idx').on(t.eventId)],
);

export const sessionTypes = pgTable(
  'session_types',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    length: text('length').notNull().default('00:30'),
    position: integer('position').notNull().default(0),
    deletedAt: deletedAt(),
  },
  (t) => [index('session_types_event_idx').on(t.eventId)],
);

export const speakers = pgTable(
  'speakers',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    email: text('email'),
    mobile: text('mobile'),
    photoUrl: text('photo_url'),
    shortBiography: text('short_biography'),
    longBiography: text('long_biography'),
    speakingExperience: text('speaking_experience'),
    organisation: text('organisation'),
    position: text('position'),
    country: text('country'),
    city: text('city'),
    gender: text('gender'),
    website: text('website'),
    twitter: text('twitter'),
    facebook: text('facebook'),
    github: text('github'),
    linkedin: text('linkedin'),
    instagram: text('instagram'),
    mastodon: text('mastodon'),
    isFeatured: boolean('is_featured').notNull().default(false),
    createdAt: createdAt(),
    deletedAt: deletedAt(),
  },
  (t) => [index('speakers_event_idx').on(t.eventId)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    subtitle: text('subtitle'),
    shortAbstract: text('short_abstract'),
    longAbstract: text('long_abstract'),
    comments: text('comments'),
    startsAt: tstz('starts_at'),
    endsAt: tstz('ends_at'),
    state: text('state').notNull().default('draft'),
    language: text('language'),
    level: text('level'),
    slidesUrl: text('slides_url'),
    videoUrl: text('video_url'),
    audioUrl: text('audio_url'),
    signupUrl: text('signup_url'),
    trackId: integer('track_id').references(() => tracks.id, { onDelete: 'set null' }),
    microlocationId: integer('microlocation_id').references(() => microlocations.id, { onDelete: 'set null' }),
    sessionTypeId: integer('session_type_id').references(() => sessionTypes.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    deletedAt: deletedAt(),
  },
  (t) => [index('sessions_event_idx').on(t.eventId, t.startsAt), index('sessions_track_idx').on(t.trackId)],
);

export const sessionsSpeakers = pgTable(
  'sessions_speakers',
  {
    sessionId: integer('session_id').notNull().references(() => sessions.id, { onDelete: 'cascade' }),
    speakerId: integer('speaker_id').notNull().references(() => speakers.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.speakerId] }), index('sessions_speakers_speaker_idx').on(t.speakerId)],
);

export const sponsors = pgTable(
  'sponsors',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    url: text('url'),
    logoUrl: text('logo_url'),
    level: integer('level'),
    type: text('type'),
    description: text('description'),
    position: integer('position').notNull().default(0),
    deletedAt: deletedAt(),
  },
  (t) => [index('sponsors_event_idx').on(t.eventId)],
);

export const socialLinks = pgTable(
  'social_links',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    link: text('link').notNull(),
    deletedAt: deletedAt(),
  },
  (t) => [index('social_links_event_idx').on(t.eventId)],
);

export const eventCopyrights = pgTable(
  'event_copyrights',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    holder: text('holder'),
    holderUrl: text('holder_url'),
    licence: text('licence').notNull(),
    licenceUrl: text('licence_url'),
    year: integer('year'),
    logoUrl: text('logo_url'),
    deletedAt: deletedAt(),
  },
  (t) => [uniqueIndex('event_copyrights_event_live_unique').on(t.eventId).where(sql`${t.deletedAt} is null`)],
);

export const taxes = pgTable(
  'taxes',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    rate: numeric('rate', { precision: 9, scale: 4 }).notNull(),
    isTaxIncludedInPrice: boolean('is_tax_included_in_price').notNull().default(false),
    taxId: text('tax_id'),
    registeredCompany: text('registered_company'),
    contactName: text('contact_name'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    city: text('city'),
    state: text('state'),
    zip: text('zip'),
    country: text('country'),
    invoiceFooter: text('invoice_footer'),
    shouldSendInvoice: boolean('should_send_invoice').notNull().default(false),
    createdAt: createdAt(),
    deletedAt: deletedAt(),
  },
  // One live tax per event, guaranteed by the database so concurrent POSTs cannot both win.
  (t) => [uniqueIndex('taxes_event_live_unique').on(t.eventId).where(sql`${t.deletedAt} is null`)],
);
