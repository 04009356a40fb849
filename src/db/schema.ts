// The whole database in one drizzle schema. drizzle-kit generates the committed migrations in ./drizzle
// from this file (`npm run db:generate`). Soft delete (`deleted_at`) follows the original where it had it.
import { sql } from 'drizzle-orm';
import {
  pgSequence,
  boolean,
  check,
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
  jsonb,
  type AnyPgColumn,
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
    /** The original's profile fields (shown to the user and admins). */
    details: text('details'),
    contact: text('contact'),
    facebookUrl: text('facebook_url'),
    twitterUrl: text('twitter_url'),
    instagramUrl: text('instagram_url'),
    googlePlusUrl: text('google_plus_url'),
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
    /** Offline payment methods the event takes, each with the instructions buyers are shown (the original's names). */
    canPayByBank: boolean('can_pay_by_bank').notNull().default(false),
    bankDetails: text('bank_details'),
    canPayByCheque: boolean('can_pay_by_cheque').notNull().default(false),
    chequeDetails: text('cheque_details'),
    canPayOnsite: boolean('can_pay_onsite').notNull().default(false),
    onsiteDetails: text('onsite_details'),
    canPayByInvoice: boolean('can_pay_by_invoice').notNull().default(false),
    invoiceDetails: text('invoice_details'),
    schedulePublishedOn: tstz('schedule_published_on'),
    /** The original's page settings and image sizes, kept for the clients that set and show them. */
    isMapShown: boolean('is_map_shown').notNull().default(false),
    isSponsorsEnabled: boolean('is_sponsors_enabled').notNull().default(false),
    hasOwnerInfo: boolean('has_owner_info').notNull().default(false),
    thumbnailImageUrl: text('thumbnail_image_url'),
    largeImageUrl: text('large_image_url'),
    iconImageUrl: text('icon_image_url'),
    /** Bumped by every write to the event or its schedule data; public response caches key on it. */
    version: integer('version').notNull().default(0),
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
    /** Bumped by every write to the session; the scheduler's writes name the one they saw, so a stale one is refused. */
    lockVersion: integer('lock_version').notNull().default(0),
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

// ---- ticketing -------------------------------------------------------------------------------------

export const tickets = pgTable(
  'tickets',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    type: text('type').notNull().default('free'),
    price: numeric('price', { precision: 12, scale: 2 }).notNull().default('0'),
    minPrice: numeric('min_price', { precision: 12, scale: 2 }),
    maxPrice: numeric('max_price', { precision: 12, scale: 2 }),
    quantity: integer('quantity').notNull().default(100),
    /** Seats held by live orders; changed only with the order that holds or frees them (order.repo.ts). */
    reserved: integer('reserved').notNull().default(0),
    salesStartsAt: tstz('sales_starts_at'),
    salesEndsAt: tstz('sales_ends_at'),
    minOrder: integer('min_order').notNull().default(1),
    maxOrder: integer('max_order').notNull().default(10),
    isHidden: boolean('is_hidden').notNull().default(false),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    index('tickets_event_idx').on(t.eventId),
    check('tickets_reserved_not_negative', sql`${t.reserved} >= 0`),
    uniqueIndex('tickets_event_name_live_unique').on(t.eventId, sql`lower(${t.name})`).where(sql`${t.deletedAt} is null`),
  ],
);

export const discountCodes = pgTable(
  'discount_codes',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    type: text('type').notNull(),
    value: numeric('value', { precision: 12, scale: 2 }).notNull(),
    ticketsNumber: integer('tickets_number'),
    /** Discounted tickets in live orders; changed only with those orders (order.repo.ts). */
    used: integer('used').notNull().default(0),
    minQuantity: integer('min_quantity').notNull().default(1),
    maxQuantity: integer('max_quantity'),
    validFrom: tstz('valid_from'),
    validTill: tstz('valid_till'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    check('discount_codes_used_not_negative', sql`${t.used} >= 0`),
    uniqueIndex('discount_codes_event_code_live_unique').on(t.eventId, sql`lower(${t.code})`).where(sql`${t.deletedAt} is null`),
  ],
);

export const discountCodesTickets = pgTable(
  'discount_codes_tickets',
  {
    discountCodeId: integer('discount_code_id').notNull().references(() => discountCodes.id, { onDelete: 'cascade' }),
    ticketId: integer('ticket_id').notNull().references(() => tickets.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.discountCodeId, t.ticketId] }), index('discount_codes_tickets_ticket_idx').on(t.ticketId)],
);

export const orders = pgTable(
  'orders',
  {
    id: serial('id').primaryKey(),
    identifier: text('identifier').notNull(),
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').notNull().default('initializing'),
    paymentMode: text('payment_mode'),
    currency: text('currency').notNull(),
    subTotal: numeric('sub_total', { precision: 14, scale: 2 }).notNull(),
    discountAmount: numeric('discount_amount', { precision: 14, scale: 2 }).notNull().default('0'),
    taxAmount: numeric('tax_amount', { precision: 14, scale: 2 }).notNull().default('0'),
    taxIncluded: boolean('tax_included').notNull().default(false),
    taxRate: numeric('tax_rate', { precision: 9, scale: 4 }),
    taxName: text('tax_name'),
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
    discountCodeId: integer('discount_code_id').references(() => discountCodes.id, { onDelete: 'set null' }),
    /** The access code that unlocked hidden tickets of this order (see access_codes below). */
    accessCodeId: integer('access_code_id').references((): AnyPgColumn => accessCodes.id, { onDelete: 'set null' }),
    company: text('company'),
    address: text('address'),
    city: text('city'),
    state: text('state'),
    country: text('country'),
    zipcode: text('zipcode'),
    taxBusinessInfo: text('tax_business_info'),
    /** The buyer's note with the order, and the organizer's reason when cancelling it. */
    orderNotes: text('order_notes'),
    cancelNote: text('cancel_note'),
    /** How an offline payment arrived, as the organizer records it (original: paid-via, transaction-id). */
    paidVia: text('paid_via'),
    transactionId: text('transaction_id'),
    createdAt: createdAt(),
    completedAt: tstz('completed_at'),
  },
  (t) => [
    uniqueIndex('orders_identifier_unique').on(t.identifier),
    index('orders_event_status_idx').on(t.eventId, t.status),
    index('orders_user_idx').on(t.userId),
    index('orders_discount_code_idx').on(t.discountCodeId),
    index('orders_access_code_idx').on(t.accessCodeId),
  ],
);

export const orderTickets = pgTable(
  'order_tickets',
  {
    orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
    ticketId: integer('ticket_id').notNull().references(() => tickets.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
    price: numeric('price', { precision: 12, scale: 2 }).notNull(),
    discount: numeric('discount', { precision: 14, scale: 2 }).notNull().default('0'),
    subTotal: numeric('sub_total', { precision: 14, scale: 2 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.ticketId] }), index('order_tickets_ticket_idx').on(t.ticketId)],
);

export const orderStatusHistory = pgTable(
  'order_status_history',
  {
    id: serial('id').primaryKey(),
    orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    at: tstz('at').notNull().defaultNow(),
  },
  (t) => [index('order_status_history_order_idx').on(t.orderId)],
);

export const attendees = pgTable(
  'attendees',
  {
    id: serial('id').primaryKey(),
    identifier: text('identifier').notNull(),
    /** <order identifier>-<attendee identifier>, the QR code payload (both parts never change). */
    ticketCode: text('ticket_code').notNull(),
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
    ticketId: integer('ticket_id').notNull().references(() => tickets.id, { onDelete: 'cascade' }),
    /** The order's buyer, copied here (it never changes) so visibility checks need no join. */
    buyerId: integer('buyer_id').references(() => users.id, { onDelete: 'set null' }),
    firstname: text('firstname'),
    lastname: text('lastname'),
    email: text('email'),
    address: text('address'),
    city: text('city'),
    state: text('state'),
    country: text('country'),
    jobTitle: text('job_title'),
    phone: text('phone'),
    company: text('company'),
    isCheckedIn: boolean('is_checked_in').notNull().default(false),
    checkinTimes: text('checkin_times'),
    deviceNameCheckin: text('device_name_checkin'),
    isCheckedOut: boolean('is_checked_out').notNull().default(false),
    checkoutTimes: text('checkout_times'),
    /** Answers to the event's custom attendee form, keyed by field identifier (custom_forms below). */
    complexFieldValues: jsonb('complex_field_values').$type<Record<string, string | number | boolean>>().notNull().default({}),
    createdAt: createdAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    index('attendees_event_idx').on(t.eventId),
    index('attendees_order_idx').on(t.orderId),
    index('attendees_email_idx').on(sql`lower(${t.email})`),
    uniqueIndex('attendees_ticket_code_unique').on(t.ticketCode),
  ],
);

/** A background job a user started (today: exports); the job queue carries only its id. */
export const tasks = pgTable(
  'tasks',
  {
    /** A uuid, so task URLs cannot be guessed or counted. */
    id: text('id').primaryKey(),
    /** 'export' or 'site-build'. */
    kind: text('kind').notNull().default('export'),
    /** The export format (exports only). */
    exporterId: text('exporter_id'),
    /** The exported event; for a site build, the Convene event it was built from, if any. */
    eventId: integer('event_id').references(() => events.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** The request's options for the exporter, already validated. */
    params: jsonb('params').$type<Record<string, string>>().notNull().default({}),
    state: text('state').$type<'WAITING' | 'STARTED' | 'SUCCESS' | 'FAILURE' | 'CANCELLED'>().notNull().default('WAITING'),
    progressPercent: integer('progress_percent').notNull().default(0),
    progressStep: text('progress_step'),
    result: jsonb('result'),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    filePath: text('file_path'),
    fileName: text('file_name'),
    contentType: text('content_type'),
    /** Attempts started so far (a crashed or failed attempt is retried by the queue). */
    attempts: integer('attempts').notNull().default(0),
    /** The pg-boss job that runs the task, so a crashed attempt can be handed back to the queue. */
    jobId: text('job_id'),
    /** Written by the running attempt every few seconds; a STARTED task whose heartbeat stopped lost its worker. */
    heartbeatAt: tstz('heartbeat_at'),
    /** Who asked, for per-requester limits when there is no user (a site build from an anonymous upload). */
    requester: text('requester'),
    /** Sequence number of the task's last stored event (task_events.seq). */
    lastSeq: integer('last_seq').notNull().default(0),
    createdAt: createdAt(),
    startedAt: tstz('started_at'),
    finishedAt: tstz('finished_at'),
  },
  (t) => [
    check('tasks_state_check', sql`${t.state} in ('WAITING', 'STARTED', 'SUCCESS', 'FAILURE', 'CANCELLED')`),
    index('tasks_started_heartbeat_idx').on(t.heartbeatAt).where(sql`${t.state} = 'STARTED'`),
    index('tasks_kind_waiting_idx').on(t.kind, t.createdAt).where(sql`${t.state} in ('WAITING', 'STARTED')`),
    index('tasks_finished_idx').on(t.finishedAt).where(sql`${t.filePath} is not null`),
    index('tasks_user_idx').on(t.userId),
    index('tasks_event_idx').on(t.eventId),
  ],
);

/** A task's stored progress stream (state changes and progress), read by the SSE route from any process. */
export const taskEvents = pgTable(
  'task_events',
  {
    id: serial('id').primaryKey(),
    taskId: text('task_id').notNull().references(() => tasks.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    data: jsonb('data').notNull(),
    at: tstz('at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('task_events_task_seq_unique').on(t.taskId, t.seq)],
);

/**
 * Arrival order of queued jobs: pg-boss orders by priority, then created_on, and created_on can tie within a
 * millisecond, so `send` gives each job priority −nextval for a strict order.
 */
export const jobOrder = pgSequence('job_order');

/**
 * A browser's login: the session cookie holds a random token, this row its SHA-256 (a stolen database does not
 * log anyone in). Logging out deletes the row, so the cookie is worth nothing after it, on every process.
 */
export const loginSessions = pgTable(
  'login_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** What unsafe requests must send back in X-CSRF-Token (the readable cookie's value). */
    csrfToken: text('csrf_token').notNull(),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    lastSeenAt: tstz('last_seen_at').notNull().defaultNow(),
    expiresAt: tstz('expires_at').notNull(),
  },
  (t) => [index('login_sessions_user_idx').on(t.userId), index('login_sessions_expires_idx').on(t.expiresAt)],
);

/** A "forgot your password" link: the mailed token's SHA-256, good once, for an hour. */
export const passwordResets = pgTable(
  'password_resets',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: tstz('expires_at').notNull(),
    usedAt: tstz('used_at'),
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
);

/**
 * An invitation to join an event's team with a role, sent to an e-mail address: an existing account takes the
 * role on accepting; a new person signs up from the mailed link, then accepts. The link's token is stored hashed.
 */
export const roleInvites = pgTable(
  'role_invites',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').notNull(),
    trackId: integer('track_id').references(() => tracks.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    /** pending, accepted, declined or withdrawn. */
    status: text('status').notNull().default('pending'),
    invitedBy: integer('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    sentAt: tstz('sent_at').notNull().defaultNow(),
    respondedAt: tstz('responded_at'),
  },
  (t) => [
    uniqueIndex('role_invites_token_unique').on(t.tokenHash),
    index('role_invites_event_idx').on(t.eventId),
    uniqueIndex('role_invites_pending_unique').on(t.eventId, sql`lower(${t.email})`, t.role).where(sql`${t.status} = 'pending'`),
  ],
);

/**
 * What changed on an event, in order (an order placed or paid, an attendee checked in): the event's live stream
 * reads it, so any process can tell an open page what happened in another.
 */
export const eventChanges = pgTable(
  'event_changes',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** order or attendee. */
    kind: text('kind').notNull(),
    subjectId: integer('subject_id').notNull(),
    at: tstz('at').notNull().defaultNow(),
  },
  (t) => [index('event_changes_event_idx').on(t.eventId, t.id)],
);

/** A session a person bookmarked for their own schedule (the original's user-favourite-sessions). */
export const userFavouriteSessions = pgTable(
  'user_favourite_sessions',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('user_favourite_sessions_unique').on(t.userId, t.sessionId), index('user_favourite_sessions_session_idx').on(t.sessionId)],
);

// ---- access codes, FAQs and custom attendee forms (the original's access-code, faq, faq-type, custom-form) ----

/** A code that unlocks hidden tickets it lists; its uses are the seats of those tickets in live orders. */
export const accessCodes = pgTable(
  'access_codes',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    accessUrl: text('access_url'),
    ticketsNumber: integer('tickets_number'),
    minQuantity: integer('min_quantity').notNull().default(1),
    maxQuantity: integer('max_quantity'),
    validFrom: tstz('valid_from'),
    validTill: tstz('valid_till'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
    deletedAt: deletedAt(),
  },
  (t) => [uniqueIndex('access_codes_event_code_live_unique').on(t.eventId, sql`lower(${t.code})`).where(sql`${t.deletedAt} is null`)],
);

export const accessCodesTickets = pgTable(
  'access_codes_tickets',
  {
    accessCodeId: integer('access_code_id')
      .notNull()
      .references(() => accessCodes.id, { onDelete: 'cascade' }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.accessCodeId, t.ticketId] }), index('access_codes_tickets_ticket_idx').on(t.ticketId)],
);

export const faqTypes = pgTable(
  'faq_types',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: createdAt(),
    deletedAt: deletedAt(),
  },
  (t) => [index('faq_types_event_idx').on(t.eventId)],
);

export const faqs = pgTable(
  'faqs',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    question: text('question').notNull(),
    answer: text('answer').notNull(),
    faqTypeId: integer('faq_type_id').references(() => faqTypes.id, { onDelete: 'set null' }),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    deletedAt: deletedAt(),
  },
  (t) => [index('faqs_event_idx').on(t.eventId)],
);

/** One question of an event's form (today only form 'attendee'); answers live in attendees.complex_field_values. */
export const customForms = pgTable(
  'custom_forms',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    form: text('form').notNull().default('attendee'),
    fieldIdentifier: text('field_identifier').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    type: text('type').notNull(),
    /** The choices of a select field. */
    options: jsonb('options').$type<string[]>(),
    isRequired: boolean('is_required').notNull().default(false),
    isIncluded: boolean('is_included').notNull().default(true),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    uniqueIndex('custom_forms_event_field_live_unique').on(t.eventId, t.form, t.fieldIdentifier).where(sql`${t.deletedAt} is null`),
  ],
);

/** A published schedule: the working copy of the sessions frozen under a name (the public exports serve the latest). */
export const scheduleVersions = pgTable(
  'schedule_versions',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** 1, 2, ... per event. */
    number: integer('number').notNull(),
    name: text('name').notNull(),
    comment: text('comment'),
    publishedAt: tstz('published_at').notNull().defaultNow(),
    publishedBy: integer('published_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('schedule_versions_number_unique').on(t.eventId, t.number), uniqueIndex('schedule_versions_name_unique').on(t.eventId, t.name)],
);

/** Where each scheduled session was in a published version. */
export const scheduleVersionSessions = pgTable(
  'schedule_version_sessions',
  {
    versionId: integer('version_id')
      .notNull()
      .references(() => scheduleVersions.id, { onDelete: 'cascade' }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    microlocationId: integer('microlocation_id'),
    startsAt: tstz('starts_at').notNull(),
    endsAt: tstz('ends_at').notNull(),
    state: text('state').notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.sessionId] })],
);
