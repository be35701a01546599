-- AlterTable
ALTER TABLE "SalesnipSession" ADD COLUMN "nextReadAt" DATETIME;

-- CreateIndex
CREATE INDEX "SalesnipSession_nextReadAt_idx" ON "SalesnipSession"("nextReadAt");

-- Every live session is due at once; the schedule spreads them out from its first round.
UPDATE "SalesnipSession" SET "nextReadAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now') WHERE "status" IN ('created', 'active', 'opened', 'cancelled');
