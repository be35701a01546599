-- CreateTable
CREATE TABLE "SharedView" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "showEmails" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "lastViewedAt" DATETIME,
    "viewCount" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "SharedViewVisit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "viewId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deviceClass" TEXT NOT NULL,
    CONSTRAINT "SharedViewVisit_viewId_fkey" FOREIGN KEY ("viewId") REFERENCES "SharedView" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SharedView_tokenHash_key" ON "SharedView"("tokenHash");

-- CreateIndex
CREATE INDEX "SharedView_createdAt_idx" ON "SharedView"("createdAt");

-- CreateIndex
CREATE INDEX "SharedViewVisit_viewId_at_idx" ON "SharedViewVisit"("viewId", "at");
