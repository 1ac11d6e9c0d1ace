PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_rubric_scores` (
	`debate_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`criterion` text NOT NULL,
	`score` integer NOT NULL,
	`comment` text,
	`scored_by` integer,
	PRIMARY KEY(`debate_id`, `student_id`, `criterion`),
	FOREIGN KEY (`debate_id`) REFERENCES `debates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`scored_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "rubric_scores_score_range" CHECK("__new_rubric_scores"."score" BETWEEN 1 AND 4)
);
--> statement-breakpoint
INSERT INTO `__new_rubric_scores`("debate_id", "student_id", "criterion", "score", "comment", "scored_by") SELECT "debate_id", "student_id", "criterion", "score", "comment", "scored_by" FROM `rubric_scores`;--> statement-breakpoint
DROP TABLE `rubric_scores`;--> statement-breakpoint
ALTER TABLE `__new_rubric_scores` RENAME TO `rubric_scores`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `rubric_scores_student_idx` ON `rubric_scores` (`student_id`);--> statement-breakpoint
CREATE INDEX `assignments_quiz_idx` ON `assignments` (`quiz_id`);--> statement-breakpoint
CREATE INDEX `attempts_user_idx` ON `attempts` (`user_id`);--> statement-breakpoint
CREATE INDEX `debates_article_idx` ON `debates` (`article_id`);--> statement-breakpoint
CREATE INDEX `flags_user_idx` ON `flags` (`user_id`);--> statement-breakpoint
CREATE TABLE `__new_posts` (
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
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`hidden_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "posts_evidence_range" CHECK("__new_posts"."evidence_start" <= "__new_posts"."evidence_end")
);
--> statement-breakpoint
INSERT INTO `__new_posts`("id", "debate_id", "author_id", "side", "phase", "kind", "parent_id", "claim", "evidence_paragraph", "evidence_start", "evidence_end", "evidence_quote", "reasoning", "created_at", "edited_at", "hidden_at", "hidden_by", "hidden_reason", "pinned") SELECT "id", "debate_id", "author_id", "side", "phase", "kind", "parent_id", "claim", "evidence_paragraph", "evidence_start", "evidence_end", "evidence_quote", "reasoning", "created_at", "edited_at", "hidden_at", "hidden_by", "hidden_reason", "pinned" FROM `posts`;--> statement-breakpoint
DROP TABLE `posts`;--> statement-breakpoint
ALTER TABLE `__new_posts` RENAME TO `posts`;--> statement-breakpoint
CREATE INDEX `posts_debate_idx` ON `posts` (`debate_id`,`id`);--> statement-breakpoint
CREATE INDEX `posts_author_idx` ON `posts` (`author_id`);--> statement-breakpoint
CREATE TABLE `__new_quizzes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`owner_id` integer NOT NULL,
	`title` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`previous_version_id` integer,
	`generation_notes` text DEFAULT '[]' NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`published_at` integer,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`previous_version_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_quizzes`("id", "article_id", "owner_id", "title", "status", "previous_version_id", "generation_notes", "created_at", "published_at") SELECT "id", "article_id", "owner_id", "title", "status", "previous_version_id", "generation_notes", "created_at", "published_at" FROM `quizzes`;--> statement-breakpoint
DROP TABLE `quizzes`;--> statement-breakpoint
ALTER TABLE `__new_quizzes` RENAME TO `quizzes`;--> statement-breakpoint
CREATE INDEX `quizzes_article_idx` ON `quizzes` (`article_id`);--> statement-breakpoint
CREATE INDEX `quizzes_owner_idx` ON `quizzes` (`owner_id`);--> statement-breakpoint
CREATE INDEX `reactions_user_idx` ON `reactions` (`user_id`);--> statement-breakpoint
CREATE INDEX `responses_question_idx` ON `responses` (`question_id`);--> statement-breakpoint
CREATE TABLE `__new_accommodations` (
	`assignment_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`time_multiplier` real NOT NULL,
	PRIMARY KEY(`assignment_id`, `user_id`),
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "accommodations_time_multiplier" CHECK("__new_accommodations"."time_multiplier" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_accommodations`("assignment_id", "user_id", "time_multiplier") SELECT "assignment_id", "user_id", "time_multiplier" FROM `accommodations`;--> statement-breakpoint
DROP TABLE `accommodations`;--> statement-breakpoint
ALTER TABLE `__new_accommodations` RENAME TO `accommodations`;--> statement-breakpoint
CREATE TABLE `__new_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`quiz_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`prompt` text NOT NULL,
	`content` text NOT NULL,
	`explanation` text DEFAULT '' NOT NULL,
	`evidence_paragraph` integer,
	`evidence_start` integer,
	`evidence_end` integer,
	`points` integer DEFAULT 1 NOT NULL,
	`source` text NOT NULL,
	`rule` text,
	`skill` text,
	`retired_at` integer,
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "questions_evidence_range" CHECK("__new_questions"."evidence_start" <= "__new_questions"."evidence_end")
);
--> statement-breakpoint
INSERT INTO `__new_questions`("id", "quiz_id", "position", "kind", "prompt", "content", "explanation", "evidence_paragraph", "evidence_start", "evidence_end", "points", "source", "rule", "skill", "retired_at") SELECT "id", "quiz_id", "position", "kind", "prompt", "content", "explanation", "evidence_paragraph", "evidence_start", "evidence_end", "points", "source", "rule", "skill", "retired_at" FROM `questions`;--> statement-breakpoint
DROP TABLE `questions`;--> statement-breakpoint
ALTER TABLE `__new_questions` RENAME TO `questions`;--> statement-breakpoint
CREATE INDEX `questions_quiz_idx` ON `questions` (`quiz_id`,`position`);--> statement-breakpoint
UPDATE `posts` SET `parent_id` = NULL WHERE `parent_id` IS NOT NULL AND `parent_id` NOT IN (SELECT `id` FROM `posts`);--> statement-breakpoint
UPDATE `posts` SET `hidden_by` = NULL WHERE `hidden_by` IS NOT NULL AND `hidden_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `rubric_scores` SET `scored_by` = NULL WHERE `scored_by` IS NOT NULL AND `scored_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `quizzes` SET `previous_version_id` = NULL WHERE `previous_version_id` IS NOT NULL AND `previous_version_id` NOT IN (SELECT `id` FROM `quizzes`);
