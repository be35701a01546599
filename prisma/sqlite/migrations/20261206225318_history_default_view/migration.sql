-- History's default view leaves replaced sessions out and reads the newest first: with the replaced
-- one's column first, its capped count walks this index alone, not the sessions' (large) rows. It
-- also finds the session that replaced one, as the index it replaces did.
-- DropIndex
DROP INDEX "SalesnipSession_replacedById_idx";

-- CreateIndex
CREATE INDEX "SalesnipSession_replacedById_createdAt_id_idx" ON "SalesnipSession"("replacedById", "createdAt", "id");
