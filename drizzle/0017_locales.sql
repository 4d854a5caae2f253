ALTER TABLE `sessions` ADD `locale` text;--> statement-breakpoint
ALTER TABLE `users` ADD `locale` text;