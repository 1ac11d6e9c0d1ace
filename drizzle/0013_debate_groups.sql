ALTER TABLE `debates` ADD `parent_id` integer REFERENCES debates(id) ON DELETE cascade;--> statement-breakpoint
ALTER TABLE `debates` ADD `group_name` text;--> statement-breakpoint
CREATE INDEX `debates_parent_idx` ON `debates` (`parent_id`);