CREATE TABLE `demo` (
	`id` integer PRIMARY KEY NOT NULL,
	`password` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `demo_accounts` (
	`user_id` integer PRIMARY KEY NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `debates` ADD `pseudonym_secret` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `responses` ADD `typed_at` integer;--> statement-breakpoint
UPDATE `debates` SET `pseudonym_secret` = lower(hex(randomblob(32))) WHERE `pseudonym_secret` = '';