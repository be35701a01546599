-- AlterTable
ALTER TABLE "SalesnipSession" ADD COLUMN     "nextReadAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "SalesnipSession_nextReadAt_idx" ON "SalesnipSession"("nextReadAt");

-- Every live session is due at once; the schedule spreads them out from its first round.
UPDATE "SalesnipSession" SET "nextReadAt" = CURRENT_TIMESTAMP WHERE "status" IN ('created', 'active', 'opened', 'cancelled');
