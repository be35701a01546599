-- The trigram operator class of the search index below (PostgreSQL contrib, in Debian's package).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "SalesnipSession_searchText_trgm_idx" ON "SalesnipSession" USING GIN ("searchText" gin_trgm_ops);
