ALTER TABLE "discount_codes" ADD COLUMN "used" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "reserved" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "discount_codes" ADD CONSTRAINT "discount_codes_used_not_negative" CHECK ("discount_codes"."used" >= 0);--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_reserved_not_negative" CHECK ("tickets"."reserved" >= 0);--> statement-breakpoint
-- Backfill the counters from the live orders that exist (hand-written; drizzle-kit does not generate data steps).
UPDATE "tickets" t SET "reserved" = COALESCE((SELECT sum(ot."quantity") FROM "order_tickets" ot JOIN "orders" o ON o."id" = ot."order_id" WHERE ot."ticket_id" = t."id" AND o."status" IN ('initializing', 'pending', 'placed', 'completed')), 0);--> statement-breakpoint
UPDATE "discount_codes" d SET "used" = COALESCE((SELECT sum(ot."quantity") FROM "order_tickets" ot JOIN "orders" o ON o."id" = ot."order_id" WHERE o."discount_code_id" = d."id" AND ot."discount" > 0 AND o."status" IN ('initializing', 'pending', 'placed', 'completed')), 0);
