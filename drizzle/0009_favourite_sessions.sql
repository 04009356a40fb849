CREATE TABLE "user_favourite_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"session_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "user_favourite_sessions" ADD CONSTRAINT "user_favourite_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_favourite_sessions" ADD CONSTRAINT "user_favourite_sessions_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "user_favourite_sessions_unique" ON "user_favourite_sessions" USING btree ("user_id","session_id");--> statement-breakpoint
CREATE INDEX "user_favourite_sessions_session_idx" ON "user_favourite_sessions" USING btree ("session_id");