CREATE TABLE `payment_intents` (
	`key` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`request_hash` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`created_at` integer NOT NULL,
	`settled_at` integer,
	`outcome` text
);
--> statement-breakpoint
CREATE INDEX `payment_intents_open_idx` ON `payment_intents` (`settled_at`,`created_at`);