-- History's search on SQLite, as its default view asks it (replaced sessions left out, newest
-- first): the default view's index holds each session's text too, so that a search for a common
-- term walks the newest sessions checking each one's text from the index alone, not from the
-- session's row (which is large: its request, its composition, SaleSnip's answer). PostgreSQL's
-- search walks its own such index (its migration search_newest_walk). At 100,000 sessions a page of
-- "grace lovelace" (one session in 400) was walked in 25.6 ms through the rows, 2.2 ms so. The
-- index replaces the one that was its prefix, which it serves as well.
-- DropIndex
DROP INDEX "SalesnipSession_replacedById_createdAt_id_idx";

-- CreateIndex
CREATE INDEX "SalesnipSession_replacedById_createdAt_id_searchText_idx" ON "SalesnipSession"("replacedById", "createdAt", "id", "searchText");
