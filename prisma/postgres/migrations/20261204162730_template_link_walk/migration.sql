-- DropIndex
DROP INDEX "SalesnipSessionTemplate_templateId_createdAt_idx";

-- CreateIndex
CREATE INDEX "SalesnipSessionTemplate_templateId_createdAt_sessionId_idx" ON "SalesnipSessionTemplate"("templateId", "createdAt", "sessionId");
