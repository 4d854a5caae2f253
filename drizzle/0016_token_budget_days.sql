CREATE TABLE `assistant_token_days` (
	`day` integer PRIMARY KEY NOT NULL,
	`spent` integer NOT NULL
);
--> statement-breakpoint
-- The days already counted from the answers' stored usage, so an upgrade keeps today's spend.
INSERT INTO `assistant_token_days` (`day`, `spent`)
SELECT `completed_at` / 86400000, sum(coalesce(`prompt_tokens`, 0) + coalesce(`completion_tokens`, 0))
FROM `chat_messages`
WHERE `completed_at` IS NOT NULL AND (`prompt_tokens` IS NOT NULL OR `completion_tokens` IS NOT NULL)
GROUP BY `completed_at` / 86400000;
