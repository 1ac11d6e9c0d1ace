CREATE TABLE "limit_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"value" double precision NOT NULL,
	"touched_at" bigint NOT NULL,
	"expires_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "limit_counters_expires_idx" ON "limit_counters" USING btree ("expires_at");