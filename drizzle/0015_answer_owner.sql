ALTER TABLE `chat_messages` ADD `owner` text;--> statement-breakpoint
ALTER TABLE `chat_messages` ADD `heartbeat_at` integer;--> statement-breakpoint
CREATE INDEX `chat_messages_streaming_idx` ON `chat_messages` (`heartbeat_at`) WHERE status = 'streaming';