CREATE TABLE "attendees" (
	"id" serial PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"ticket_code" text NOT NULL,
	"event_id" integer NOT NULL,
	"order_id" integer NOT NULL,
	"ticket_id" integer NOT NULL,
	"buyer_id" integer,
	"firstname" text,
	"lastname" text,
	"email" text,
	"address" text,
	"city" text,
	"state" text,
	"country" text,
	"job_title" text,
	"phone" text,
	"company" text,
	"is_checked_in" boolean DEFAULT false NOT NULL,
	"checkin_times" text,
	"device_name_checkin" text,
	"is_checked_out" boolean DEFAULT false NOT NULL,
	"checkout_times" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "discount_codes" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"code" text NOT NULL,
	"type" text NOT NULL,
	"value" numeric(12, 2) NOT NULL,
	"tickets_number" integer,
	"min_quantity" integer DEFAULT 1 NOT NULL,
	"max_quantity" integer,
	"valid_from" timestamp with time zone,
	"valid_till" timestamp with time zone,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "discount_codes_tickets" (
	"discount_code_id" integer NOT NULL,
	"ticket_id" integer NOT NULL,
	CONSTRAINT "discount_codes_tickets_discount_code_id_ticket_id_pk" PRIMARY KEY("discount_code_id","ticket_id")
);
--> statement-breakpoint
CREATE TABLE "order_status_history" (
	"id" serial PRIMARY KEY NOT NULL,
	"order_id" integer NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_tickets" (
	"order_id" integer NOT NULL,
	"ticket_id" integer NOT NULL,
	"quantity" integer NOT NULL,
	"price" numeric(12, 2) NOT NULL,
	"discount" numeric(14, 2) DEFAULT '0' NOT NULL,
	"sub_total" numeric(14, 2) NOT NULL,
	CONSTRAINT "order_tickets_order_id_ticket_id_pk" PRIMARY KEY("order_id","ticket_id")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" serial PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"event_id" integer NOT NULL,
	"user_id" integer,
	"status" text DEFAULT 'initializing' NOT NULL,
	"payment_mode" text,
	"currency" text NOT NULL,
	"sub_total" numeric(14, 2) NOT NULL,
	"discount_amount" numeric(14, 2) DEFAULT '0' NOT NULL,
	"tax_amount" numeric(14, 2) DEFAULT '0' NOT NULL,
	"tax_included" boolean DEFAULT false NOT NULL,
	"tax_rate" numeric(9, 4),
	"tax_name" text,
	"amount" numeric(14, 2) NOT NULL,
	"discount_code_id" integer,
	"company" text,
	"address" text,
	"city" text,
	"state" text,
	"country" text,
	"zipcode" text,
	"tax_business_info" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "tickets" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"type" text DEFAULT 'free' NOT NULL,
	"price" numeric(12, 2) DEFAULT '0' NOT NULL,
	"min_price" numeric(12, 2),
	"max_price" numeric(12, 2),
	"quantity" integer DEFAULT 100 NOT NULL,
	"sales_starts_at" timestamp with time zone,
	"sales_ends_at" timestamp with time zone,
	"min_order" integer DEFAULT 1 NOT NULL,
	"max_order" integer DEFAULT 10 NOT NULL,
	"is_hidden" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "attendees" ADD CONSTRAINT "attendees_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendees" ADD CONSTRAINT "attendees_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendees" ADD CONSTRAINT "attendees_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendees" ADD CONSTRAINT "attendees_buyer_id_users_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discount_codes" ADD CONSTRAINT "discount_codes_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discount_codes_tickets" ADD CONSTRAINT "discount_codes_tickets_discount_code_id_discount_codes_id_fk" FOREIGN KEY ("discount_code_id") REFERENCES "public"."discount_codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discount_codes_tickets" ADD CONSTRAINT "discount_codes_tickets_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_status_history" ADD CONSTRAINT "order_status_history_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_status_history" ADD CONSTRAINT "order_status_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_tickets" ADD CONSTRAINT "order_tickets_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_tickets" ADD CONSTRAINT "order_tickets_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_discount_code_id_discount_codes_id_fk" FOREIGN KEY ("discount_code_id") REFERENCES "public"."discount_codes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendees_event_idx" ON "attendees" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "attendees_order_idx" ON "attendees" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "attendees_email_idx" ON "attendees" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "attendees_ticket_code_unique" ON "attendees" USING btree ("ticket_code");--> statement-breakpoint
CREATE UNIQUE INDEX "discount_codes_event_code_live_unique" ON "discount_codes" USING btree ("event_id",lower("code")) WHERE "discount_codes"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "discount_codes_tickets_ticket_idx" ON "discount_codes_tickets" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "order_status_history_order_idx" ON "order_status_history" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "order_tickets_ticket_idx" ON "order_tickets" USING btree ("ticket_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_identifier_unique" ON "orders" USING btree ("identifier");--> statement-breakpoint
CREATE INDEX "orders_event_status_idx" ON "orders" USING btree ("event_id","status");--> statement-breakpoint
CREATE INDEX "orders_user_idx" ON "orders" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "orders_discount_code_idx" ON "orders" USING btree ("discount_code_id");--> statement-breakpoint
CREATE INDEX "tickets_event_idx" ON "tickets" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_event_name_live_unique" ON "tickets" USING btree ("event_id",lower("name")) WHERE "tickets"."deleted_at" is null;