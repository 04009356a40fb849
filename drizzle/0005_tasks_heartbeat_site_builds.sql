ALTER TABLE "tasks" DROP CONSTRAINT "tasks_state_check";--> statement-breakpoint
ALTER TABLE "tasks" ALTER COLUMN "exporter_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ALTER COLUMN "event_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "job_id" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "heartbeat_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "requester" text;--> statement-breakpoint
CREATE INDEX "tasks_started_heartbeat_idx" ON "tasks" USING btree ("heartbeat_at") WHERE "tasks"."state" = 'STARTED';--> statement-breakpoint
CREATE INDEX "tasks_kind_waiting_idx" ON "tasks" USING btree ("kind","created_at") WHERE "tasks"."state" in ('WAITING', 'STARTED');--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_state_check" CHECK ("tasks"."state" in ('WAITING', 'STARTED', 'SUCCESS', 'FAILURE', 'CANCELLED'));