CREATE TABLE `chat_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`chat_id` integer NOT NULL,
	`author_id` integer,
	`author_name` text NOT NULL,
	`content` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`chat_id`) REFERENCES `chats`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `chat_notes_chat_idx` ON `chat_notes` (`chat_id`,`id`);--> statement-breakpoint
CREATE TABLE `chat_ratings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`chat_id` integer NOT NULL,
	`message_id` integer NOT NULL,
	`score` integer NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`chat_id`) REFERENCES `chats`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`message_id`) REFERENCES `chat_messages`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `chat_ratings_message_id_unique` ON `chat_ratings` (`message_id`);--> statement-breakpoint
CREATE INDEX `chat_ratings_created_idx` ON `chat_ratings` (`created_at`);--> statement-breakpoint
CREATE TABLE `chat_tags` (
	`chat_id` integer NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`chat_id`, `tag`),
	FOREIGN KEY (`chat_id`) REFERENCES `chats`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `chat_tags_tag_idx` ON `chat_tags` (`tag`);--> statement-breakpoint
CREATE TABLE `saved_replies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`created_by_id` integer,
	`updated_by_name` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `saved_replies_title_unique` ON `saved_replies` (`title`);--> statement-breakpoint
CREATE TABLE `staff_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer,
	`staff_name` text NOT NULL,
	`action` text NOT NULL,
	`chat_id` integer,
	`order_id` integer,
	`detail` text DEFAULT '{}' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`chat_id`) REFERENCES `chats`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `staff_actions_chat_idx` ON `staff_actions` (`chat_id`,`id`);--> statement-breakpoint
CREATE INDEX `staff_actions_staff_idx` ON `staff_actions` (`staff_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `order_events` ADD `staff_id` integer;--> statement-breakpoint
ALTER TABLE `order_events` ADD `staff_name` text;--> statement-breakpoint
ALTER TABLE `chats` ADD `desk_status` text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE `chats` ADD `snoozed_until` integer;--> statement-breakpoint
ALTER TABLE `chats` ADD `priority` text DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE `chats` ADD `channel` text DEFAULT 'chat' NOT NULL;--> statement-breakpoint
ALTER TABLE `chats` ADD `contact_email` text;--> statement-breakpoint
ALTER TABLE `chats` ADD `contact_name` text;--> statement-breakpoint
ALTER TABLE `chats` ADD `handoff_at` integer;--> statement-breakpoint
ALTER TABLE `chats` ADD `first_response_at` integer;--> statement-breakpoint
ALTER TABLE `chats` ADD `awaiting_reply_since` integer;--> statement-breakpoint
CREATE INDEX `chats_desk_idx` ON `chats` (`desk_status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `chats_assignee_idx` ON `chats` (`assignee_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `chats_updated_idx` ON `chats` (`updated_at`);--> statement-breakpoint
UPDATE `chats` SET `desk_status` = 'resolved' WHERE `status` = 'closed';--> statement-breakpoint
UPDATE `chats` SET `handoff_at` = `waiting_since` WHERE `waiting_since` IS NOT NULL;--> statement-breakpoint
-- The desk's search over messages (FTS5, as the catalog's; docs/ARCHITECTURE.md §7). An external-content
-- index over chat_messages: rowid = chat_messages.id, kept by the triggers below.
CREATE VIRTUAL TABLE `chat_message_search` USING fts5(
	`content`,
	content = 'chat_messages',
	content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
INSERT INTO `chat_message_search`(`chat_message_search`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `chat_message_search_insert` AFTER INSERT ON `chat_messages` BEGIN
	INSERT INTO `chat_message_search`(rowid, `content`) VALUES (new.`id`, new.`content`);
END;
--> statement-breakpoint
CREATE TRIGGER `chat_message_search_delete` AFTER DELETE ON `chat_messages` BEGIN
	INSERT INTO `chat_message_search`(`chat_message_search`, rowid, `content`) VALUES ('delete', old.`id`, old.`content`);
END;
--> statement-breakpoint
CREATE TRIGGER `chat_message_search_update` AFTER UPDATE OF `content` ON `chat_messages` BEGIN
	INSERT INTO `chat_message_search`(`chat_message_search`, rowid, `content`) VALUES ('delete', old.`id`, old.`content`);
	INSERT INTO `chat_message_search`(rowid, `content`) VALUES (new.`id`, new.`content`);
END;
