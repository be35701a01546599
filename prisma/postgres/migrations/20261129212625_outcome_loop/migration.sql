-- AlterTable
ALTER TABLE "ConnectionSettings" ADD COLUMN     "relayCallbacks" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "shortLinks" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "SalesnipSession" ADD COLUMN     "cancelUrl" TEXT,
ADD COLUMN     "firstOpenedAt" TIMESTAMP(3),
ADD COLUMN     "lastActivityAt" TIMESTAMP(3),
ADD COLUMN     "linkCode" TEXT,
ADD COLUMN     "openCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "relayed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "shortUrl" TEXT,
ADD COLUMN     "successUrl" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "activitySeenAt" TIMESTAMP(3),
ADD COLUMN     "followTeam" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SessionOpen" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "device" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionOpen_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityEvent" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SessionOpen_sessionId_openedAt_idx" ON "SessionOpen"("sessionId", "openedAt");

-- CreateIndex
CREATE INDEX "ActivityEvent_at_id_idx" ON "ActivityEvent"("at", "id");

-- CreateIndex
CREATE INDEX "ActivityEvent_ownerId_at_id_idx" ON "ActivityEvent"("ownerId", "at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SalesnipSession_linkCode_key" ON "SalesnipSession"("linkCode");

-- AddForeignKey
ALTER TABLE "SessionOpen" ADD CONSTRAINT "SessionOpen_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "SalesnipSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityEvent" ADD CONSTRAINT "ActivityEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "SalesnipSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing sessions: their last activity is their creation, so the expiry clock starts there.
UPDATE "SalesnipSession" SET "lastActivityAt" = "createdAt" WHERE "lastActivityAt" IS NULL;
