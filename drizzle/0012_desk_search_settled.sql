-- The desk's message search indexes an answer once it is settled, not while it streams: an answer's
-- text is checkpointed every second while it streams, and re-indexing the growing text each time
-- costs a delete and an insert per checkpoint and makes half an answer searchable. An external-
-- content FTS5 'delete' must name exactly what was indexed, so each trigger indexes and unindexes
-- only rows whose status is not 'streaming'.
DROP TRIGGER `chat_message_search_insert`;
--> statement-breakpoint
DROP TRIGGER `chat_message_search_delete`;
--> statement-breakpoint
DROP TRIGGER `chat_message_search_update`;
--> statement-breakpoint
CREATE TRIGGER `chat_message_search_insert` AFTER INSERT ON `chat_messages` WHEN new.`status` <> 'streaming' BEGIN
	INSERT INTO `chat_message_search`(rowid, `content`) VALUES (new.`id`, new.`content`);
END;
--> statement-breakpoint
CREATE TRIGGER `chat_message_search_delete` AFTER DELETE ON `chat_messages` WHEN old.`status` <> 'streaming' BEGIN
	INSERT INTO `chat_message_search`(`chat_message_search`, rowid, `content`) VALUES ('delete', old.`id`, old.`content`);
END;
--> statement-breakpoint
CREATE TRIGGER `chat_message_search_update` AFTER UPDATE OF `content`, `status` ON `chat_messages` BEGIN
	INSERT INTO `chat_message_search`(`chat_message_search`, rowid, `content`)
		SELECT 'delete', old.`id`, old.`content` WHERE old.`status` <> 'streaming';
	INSERT INTO `chat_message_search`(rowid, `content`)
		SELECT new.`id`, new.`content` WHERE new.`status` <> 'streaming';
END;
--> statement-breakpoint
-- Built again from the settled messages: 0011's rebuild indexed rows that were streaming then.
INSERT INTO `chat_message_search`(`chat_message_search`) VALUES ('delete-all');
--> statement-breakpoint
INSERT INTO `chat_message_search`(rowid, `content`) SELECT `id`, `content` FROM `chat_messages` WHERE `status` <> 'streaming';
--> statement-breakpoint
-- The clocks 0011 left unset on conversations that were already with the desk: one waiting for a
-- person owes a reply since it began to wait; one a person took over was handed off by then.
UPDATE `chats` SET `awaiting_reply_since` = `waiting_since` WHERE `status` = 'waiting' AND `awaiting_reply_since` IS NULL;
--> statement-breakpoint
UPDATE `chats` SET `handoff_at` = `staff_joined_at` WHERE `handoff_at` IS NULL AND `staff_joined_at` IS NOT NULL;
