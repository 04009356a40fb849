CREATE TABLE "event_copyrights" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"holder" text,
	"holder_url" text,
	"licence" text NOT NULL,
	"licence_url" text,
	"year" integer,
	"logo_url" text,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" serial PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"name" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"privacy" text DEFAULT 'public' NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"location_name" text,
	"searchable_location_name" text,
	"latitude" double precision,
	"longitude" double precision,
	"description" text,
	"after_order_message" text,
	"code_of_conduct" text,
	"refund_policy" text,
	"owner_name" text,
	"owner_description" text,
	"external_event_url" text,
	"ticket_url" text,
	"logo_url" text,
	"original_image_url" text,
	"payment_currency" text DEFAULT 'USD' NOT NULL,
	"payment_country" text,
	"is_tax_enabled" boolean DEFAULT false NOT NULL,
	"is_ticketing_enabled" boolean DEFAULT false NOT NULL,
	"is_sessions_speakers_enabled" boolean DEFAULT false NOT NULL,
	"is_billing_info_mandatory" boolean DEFAULT false NOT NULL,
	"schedule_published_on" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "microlocations" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"name" text NOT NULL,
	"floor" integer,
	"room" text,
	"latitude" double precision,
	"longitude" double precision,
	"position" integer DEFAULT 0 NOT NULL,
	"hidden_in_scheduler" boolean DEFAULT false NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "session_types" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"name" text NOT NULL,
	"length" text DEFAULT '00:30' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"title" text NOT NULL,
	"subtitle" text,
	"short_abstract" text,
	"long_abstract" text,
	"comments" text,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"state" text DEFAULT 'draft' NOT NULL,
	"language" text,
	"level" text,
	"slides_url" text,
	"video_url" text,
	"audio_url" text,
	"signup_url" text,
	"track_id" integer,
	"microlocation_id" integer,
	"session_type_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions_speakers" (
	"session_id" integer NOT NULL,
	"speaker_id" integer NOT NULL,
	CONSTRAINT "sessions_speakers_session_id_speaker_id_pk" PRIMARY KEY("session_id","speaker_id")
);
--> statement-breakpoint
CREATE TABLE "social_links" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"name" text NOT NULL,
	"link" text NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "speakers" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"user_id" integer,
	"name" text NOT NULL,
	"email" text,
	"mobile" text,
	"photo_url" text,
	"short_biography" text,
	"long_biography" text,
	"speaking_experience" text,
	"organisation" text,
	"position" text,
	"country" text,
	"city" text,
	"gender" text,
	"website" text,
	"twitter" text,
	"facebook" text,
	"github" text,
	"linkedin" text,
	"instagram" text,
	"mastodon" text,
	"is_featured" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sponsors" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"name" text NOT NULL,
	"url" text,
	"logo_url" text,
	"level" integer,
	"type" text,
	"description" text,
	"position" integer DEFAULT 0 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "taxes" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"name" text NOT NULL,
	"rate" numeric(9, 4) NOT NULL,
	"is_tax_included_in_price" boolean DEFAULT false NOT NULL,
	"tax_id" text,
	"registered_company" text,
	"contact_name" text,
	"phone" text,
	"email" text,
	"address" text,
	"city" text,
	"state" text,
	"zip" text,
	"country" text,
	"invoice_footer" text,
	"should_send_invoice" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "tracks" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"color" text NOT NULL,
	"font_color" text,
	"position" integer DEFAULT 0 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"first_name" text,
	"last_name" text,
	"public_name" text,
	"avatar_url" text,
	"is_admin" boolean DEFAULT false NOT NULL,
	"is_verified" boolean DEFAULT false NOT NULL,
	"is_blocked" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users_events_roles" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"event_id" integer NOT NULL,
	"role" text NOT NULL,
	"track_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event_copyrights" ADD CONSTRAINT "event_copyrights_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "microlocations" ADD CONSTRAINT "microlocations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_types" ADD CONSTRAINT "session_types_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_microlocation_id_microlocations_id_fk" FOREIGN KEY ("microlocation_id") REFERENCES "public"."microlocations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_session_type_id_session_types_id_fk" FOREIGN KEY ("session_type_id") REFERENCES "public"."session_types"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions_speakers" ADD CONSTRAINT "sessions_speakers_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions_speakers" ADD CONSTRAINT "sessions_speakers_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_links" ADD CONSTRAINT "social_links_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speakers" ADD CONSTRAINT "speakers_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speakers" ADD CONSTRAINT "speakers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsors" ADD CONSTRAINT "sponsors_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taxes" ADD CONSTRAINT "taxes_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracks" ADD CONSTRAINT "tracks_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users_events_roles" ADD CONSTRAINT "users_events_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users_events_roles" ADD CONSTRAINT "users_events_roles_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users_events_roles" ADD CONSTRAINT "users_events_roles_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "event_copyrights_event_live_unique" ON "event_copyrights" USING btree ("event_id") WHERE "event_copyrights"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "events_identifier_unique" ON "events" USING btree ("identifier");--> statement-breakpoint
CREATE INDEX "events_state_idx" ON "events" USING btree ("state","privacy");--> statement-breakpoint
CREATE INDEX "microlocations_event_idx" ON "microlocations" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "session_types_event_idx" ON "session_types" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "sessions_event_idx" ON "sessions" USING btree ("event_id","starts_at");--> statement-breakpoint
CREATE INDEX "sessions_track_idx" ON "sessions" USING btree ("track_id");--> statement-breakpoint
CREATE INDEX "sessions_speakers_speaker_idx" ON "sessions_speakers" USING btree ("speaker_id");--> statement-breakpoint
CREATE INDEX "social_links_event_idx" ON "social_links" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "speakers_event_idx" ON "speakers" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "sponsors_event_idx" ON "sponsors" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "taxes_event_live_unique" ON "taxes" USING btree ("event_id") WHERE "taxes"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "tracks_event_idx" ON "tracks" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_live_unique" ON "users" USING btree (lower("email")) WHERE "users"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "users_events_roles_unique" ON "users_events_roles" USING btree ("user_id","event_id","role",coalesce("track_id", 0));--> statement-breakpoint
CREATE INDEX "users_events_roles_event_idx" ON "users_events_roles" USING btree ("event_id");