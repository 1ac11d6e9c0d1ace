ALTER TABLE `debates` ADD `pseudonym_secret` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `debates` SET `pseudonym_secret` = lower(hex(randomblob(32))) WHERE `pseudonym_secret` = '';
