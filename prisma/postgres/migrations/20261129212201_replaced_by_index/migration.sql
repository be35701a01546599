-- CreateIndex
CREATE INDEX "SalesnipSession_replacedById_idx" ON "SalesnipSession"("replacedById");
