CREATE TABLE `limit_counters` (
	`key` text PRIMARY KEY NOT NULL,
	`value` real NOT NULL,
	`touched_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `limit_counters_expires_idx` ON `limit_counters` (`expires_at`);