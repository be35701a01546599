-- CreateTable
CREATE TABLE "SharedView" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "showEmails" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "lastViewedAt" TIMESTAMP(3),
    "viewCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SharedView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SharedViewVisit" (
    "id" TEXT NOT NULL,
    "viewId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deviceClass" TEXT NOT NULL,

    CONSTRAINT "SharedViewVisit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SharedView_tokenHash_key" ON "SharedView"("tokenHash");

-- CreateIndex
CREATE INDEX "SharedView_createdAt_idx" ON "SharedView"("createdAt");

-- CreateIndex
CREATE INDEX "SharedViewVisit_viewId_at_idx" ON "SharedViewVisit"("viewId", "at");

-- AddForeignKey
ALTER TABLE "SharedViewVisit" ADD CONSTRAINT "SharedViewVisit_viewId_fkey" FOREIGN KEY ("viewId") REFERENCES "SharedView"("id") ON DELETE CASCADE ON UPDATE CASCADE;
