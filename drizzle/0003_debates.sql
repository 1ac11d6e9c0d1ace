CREATE TABLE `debate_members` (
	`debate_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`side` text,
	`stance_before` integer,
	`stance_after` integer,
	`change_note` text,
	`joined_at` integer NOT NULL,
	PRIMARY KEY(`debate_id`, `user_id`),
	FOREIGN KEY (`debate_id`) REFERENCES `debates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `debates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`class_id` integer NOT NULL,
	`motion` text NOT NULL,
	`side_for` text NOT NULL,
	`side_against` text NOT NULL,
	`phase` text NOT NULL,
	`clock` text NOT NULL,
	`settings` text NOT NULL,
	`rubric_released_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `debates_class_idx` ON `debates` (`class_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`debate_id` integer NOT NULL,
	`type` text NOT NULL,
	`payload` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`debate_id`) REFERENCES `debates`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `events_debate_idx` ON `events` (`debate_id`,`id`);--> statement-breakpoint
CREATE TABLE `flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`post_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`reason` text NOT NULL,
	`author_reply` text,
	`resolved_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `flags_post_idx` ON `flags` (`post_id`);--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`debate_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`side` text NOT NULL,
	`phase` text NOT NULL,
	`kind` text NOT NULL,
	`parent_id` integer,
	`claim` text NOT NULL,
	`evidence_paragraph` integer,
	`evidence_start` integer,
	`evidence_end` integer,
	`evidence_quote` text,
	`reasoning` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`edited_at` integer,
	`hidden_at` integer,
	`hidden_by` integer,
	`hidden_reason` text,
	`pinned` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`debate_id`) REFERENCES `debates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `posts_debate_idx` ON `posts` (`debate_id`,`id`);--> statement-breakpoint
CREATE TABLE `reactions` (
	`post_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`post_id`, `user_id`, `kind`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `rubric_scores` (
	`debate_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`criterion` text NOT NULL,
	`score` integer NOT NULL,
	`comment` text,
	`scored_by` integer NOT NULL,
	PRIMARY KEY(`debate_id`, `student_id`, `criterion`),
	FOREIGN KEY (`debate_id`) REFERENCES `debates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
