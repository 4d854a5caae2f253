-- Full-text search over the catalog (FTS5; see docs/decisions/004-catalog-search.md).
-- rowid = products.id. Rows are written by the catalog seeder from normalised text.
CREATE VIRTUAL TABLE `product_search` USING fts5(
	`name`, `category`, `tags`, `colours`, `specs`, `description`,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
-- The indexed terms, for typo correction of query words.
CREATE VIRTUAL TABLE `product_search_vocab` USING fts5vocab(`product_search`, 'row');
