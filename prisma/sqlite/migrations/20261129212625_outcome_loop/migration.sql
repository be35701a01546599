-- CreateTable
CREATE TABLE "SessionOpen" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "device" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SessionOpen_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "SalesnipSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActivityEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ActivityEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "SalesnipSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ConnectionSettings" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "apiKeyEncrypted" TEXT,
    "apiKeyLast4" TEXT,
    "projectId" TEXT,
    "defaultCurrency" TEXT,
    "successUrl" TEXT,
    "cancelUrl" TEXT,
    "relayCallbacks" BOOLEAN NOT NULL DEFAULT true,
    "shortLinks" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT
);
INSERT INTO "new_ConnectionSettings" ("apiKeyEncrypted", "apiKeyLast4", "cancelUrl", "defaultCurrency", "id", "projectId", "successUrl", "updatedAt", "updatedById") SELECT "apiKeyEncrypted", "apiKeyLast4", "cancelUrl", "defaultCurrency", "id", "projectId", "successUrl", "updatedAt", "updatedById" FROM "ConnectionSettings";
DROP TABLE "ConnectionSettings";
ALTER TABLE "new_ConnectionSettings" RENAME TO "ConnectionSettings";
CREATE TABLE "new_SalesnipSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "idempotencyKey" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "salesnipId" TEXT,
    "url" TEXT,
    "projectId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "openingTotalMinor" BIGINT NOT NULL,
    "buyerName" TEXT NOT NULL DEFAULT '',
    "buyerEmail" TEXT NOT NULL DEFAULT '',
    "buyerCompany" TEXT NOT NULL DEFAULT '',
    "dealReference" TEXT NOT NULL DEFAULT '',
    "productNames" TEXT NOT NULL,
    "productCount" INTEGER NOT NULL,
    "requestBody" TEXT NOT NULL,
    "responseBody" TEXT,
    "composition" TEXT NOT NULL,
    "templateVersions" TEXT NOT NULL,
    "overrides" TEXT NOT NULL DEFAULT '[]',
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "outcomeStatus" TEXT,
    "outcome" TEXT,
    "outcomeReadAt" DATETIME,
    "agreedTotalMinor" BIGINT,
    "discountBp" INTEGER,
    "replacedById" TEXT,
    "relayed" BOOLEAN NOT NULL DEFAULT false,
    "successUrl" TEXT,
    "cancelUrl" TEXT,
    "linkCode" TEXT,
    "shortUrl" TEXT,
    "openCount" INTEGER NOT NULL DEFAULT 0,
    "firstOpenedAt" DATETIME,
    "lastActivityAt" DATETIME,
    "searchText" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SalesnipSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_SalesnipSession" ("agreedTotalMinor", "buyerCompany", "buyerEmail", "buyerName", "composition", "createdAt", "createdById", "currency", "dealReference", "discountBp", "errorCode", "errorMessage", "id", "idempotencyKey", "openingTotalMinor", "outcome", "outcomeReadAt", "outcomeStatus", "overrides", "productCount", "productNames", "projectId", "replacedById", "requestBody", "responseBody", "salesnipId", "searchText", "status", "templateVersions", "updatedAt", "url") SELECT "agreedTotalMinor", "buyerCompany", "buyerEmail", "buyerName", "composition", "createdAt", "createdById", "currency", "dealReference", "discountBp", "errorCode", "errorMessage", "id", "idempotencyKey", "openingTotalMinor", "outcome", "outcomeReadAt", "outcomeStatus", "overrides", "productCount", "productNames", "projectId", "replacedById", "requestBody", "responseBody", "salesnipId", "searchText", "status", "templateVersions", "updatedAt", "url" FROM "SalesnipSession";
DROP TABLE "SalesnipSession";
ALTER TABLE "new_SalesnipSession" RENAME TO "SalesnipSession";
CREATE UNIQUE INDEX "SalesnipSession_idempotencyKey_key" ON "SalesnipSession"("idempotencyKey");
CREATE UNIQUE INDEX "SalesnipSession_salesnipId_key" ON "SalesnipSession"("salesnipId");
CREATE UNIQUE INDEX "SalesnipSession_linkCode_key" ON "SalesnipSession"("linkCode");
CREATE INDEX "SalesnipSession_createdAt_id_idx" ON "SalesnipSession"("createdAt", "id");
CREATE INDEX "SalesnipSession_createdById_createdAt_id_idx" ON "SalesnipSession"("createdById", "createdAt", "id");
CREATE INDEX "SalesnipSession_status_createdAt_id_idx" ON "SalesnipSession"("status", "createdAt", "id");
CREATE INDEX "SalesnipSession_currency_createdAt_id_idx" ON "SalesnipSession"("currency", "createdAt", "id");
CREATE INDEX "SalesnipSession_openingTotalMinor_id_idx" ON "SalesnipSession"("openingTotalMinor", "id");
CREATE INDEX "SalesnipSession_status_outcomeReadAt_idx" ON "SalesnipSession"("status", "outcomeReadAt");
CREATE INDEX "SalesnipSession_replacedById_idx" ON "SalesnipSession"("replacedById");
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'rep',
    "banned" BOOLEAN NOT NULL DEFAULT false,
    "banReason" TEXT,
    "banExpires" DATETIME,
    "followTeam" BOOLEAN NOT NULL DEFAULT false,
    "activitySeenAt" DATETIME
);
INSERT INTO "new_User" ("banExpires", "banReason", "banned", "createdAt", "email", "emailVerified", "id", "image", "name", "role", "updatedAt") SELECT "banExpires", "banReason", "banned", "createdAt", "email", "emailVerified", "id", "image", "name", "role", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SessionOpen_sessionId_openedAt_idx" ON "SessionOpen"("sessionId", "openedAt");

-- CreateIndex
CREATE INDEX "ActivityEvent_at_id_idx" ON "ActivityEvent"("at", "id");

-- CreateIndex
CREATE INDEX "ActivityEvent_ownerId_at_id_idx" ON "ActivityEvent"("ownerId", "at", "id");

-- Existing sessions: their last activity is their creation, so the expiry clock starts there.
UPDATE "SalesnipSession" SET "lastActivityAt" = "createdAt" WHERE "lastActivityAt" IS NULL;
