CREATE INDEX `posts_thread_idx` ON `posts` (`debate_id`,`parent_id`,`id`);--> statement-breakpoint
CREATE INDEX `posts_pinned_idx` ON `posts` (`debate_id`,`pinned`);