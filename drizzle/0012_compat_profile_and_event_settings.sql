ALTER TABLE "events" ADD COLUMN "is_map_shown" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "is_sponsors_enabled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "has_owner_info" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "thumbnail_image_url" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "large_image_url" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "icon_image_url" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "details" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "contact" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "facebook_url" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "twitter_url" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "instagram_url" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "google_plus_url" text;