CREATE TABLE `test_provider_charges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`idempotency_key` text NOT NULL,
	`charge_id` text,
	`result` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `test_provider_charges_idempotency_key_unique` ON `test_provider_charges` (`idempotency_key`);