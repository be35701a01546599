-- CreateIndex
CREATE INDEX "SalesnipSession_createdById_status_currency_createdAt_id_idx" ON "SalesnipSession"("createdById", "status", "currency", "createdAt", "id");
