-- History's search on PostgreSQL, as its default view asks it (replaced sessions left out, newest
-- first): the sessions' text beside their order, in an index of its own, so that a search walks
-- the newest sessions checking each one's text from the index alone, not from the session's row.
-- The page walks it until a page of matches, and the capped count until 1,001 (for a term whose
-- matches are few PostgreSQL still prefers the trigram index). At a million sessions, warm, page
-- and count of the five bench terms went from 151 to 85 ms in all: "sso / saml" 19.4 to 3.3 ms,
-- hooli 24.5 to 11.4, "wonka kk" 40 to 12.6. Written by hand: Prisma's schema has no INCLUDE or
-- partial indexes (and its diff leaves this one alone).
CREATE INDEX "SalesnipSession_search_newest_idx" ON "SalesnipSession" ("createdAt", "id")
  INCLUDE ("searchText") WHERE "replacedById" IS NULL;

-- An index-only scan skips a session's row only on pages vacuum has marked all-visible. By default
-- autovacuum visits a table after inserts of 20 % of its rows (200,000 at a million), so the newest
-- sessions, which every search reads first, would be read from their rows. After 1 % instead.
ALTER TABLE "SalesnipSession" SET (autovacuum_vacuum_insert_scale_factor = 0.01);
