-- CreateTable
CREATE TABLE "SalesnipSession" (
    "id" TEXT NOT NULL,
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
    "outcomeReadAt" TIMESTAMP(3),
    "agreedTotalMinor" BIGINT,
    "discountBp" INTEGER,
    "searchText" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SalesnipSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SalesnipAttempt" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "httpStatus" INTEGER,
    "message" TEXT NOT NULL DEFAULT '',
    "durationMs" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "SalesnipAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SalesnipSessionTemplate" (
    "sessionId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "accepted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SalesnipSessionTemplate_pkey" PRIMARY KEY ("sessionId","templateId")
);

-- CreateTable
CREATE TABLE "Draft" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "composition" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Draft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SalesnipSession_idempotencyKey_key" ON "SalesnipSession"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "SalesnipSession_salesnipId_key" ON "SalesnipSession"("salesnipId");

-- CreateIndex
CREATE INDEX "SalesnipSession_createdAt_id_idx" ON "SalesnipSession"("createdAt", "id");

-- CreateIndex
CREATE INDEX "SalesnipSession_createdById_createdAt_id_idx" ON "SalesnipSession"("createdById", "createdAt", "id");

-- CreateIndex
CREATE INDEX "SalesnipSession_status_createdAt_id_idx" ON "SalesnipSession"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "SalesnipSession_currency_createdAt_id_idx" ON "SalesnipSession"("currency", "createdAt", "id");

-- CreateIndex
CREATE INDEX "SalesnipSession_openingTotalMinor_id_idx" ON "SalesnipSession"("openingTotalMinor", "id");

-- CreateIndex
CREATE INDEX "SalesnipSession_status_outcomeReadAt_idx" ON "SalesnipSession"("status", "outcomeReadAt");

-- CreateIndex
CREATE INDEX "SalesnipAttempt_sessionId_startedAt_idx" ON "SalesnipAttempt"("sessionId", "startedAt");

-- CreateIndex
CREATE INDEX "SalesnipSessionTemplate_templateId_createdAt_idx" ON "SalesnipSessionTemplate"("templateId", "createdAt");

-- CreateIndex
CREATE INDEX "SalesnipSessionTemplate_accepted_createdAt_idx" ON "SalesnipSessionTemplate"("accepted", "createdAt");

-- CreateIndex
CREATE INDEX "Draft_ownerId_updatedAt_idx" ON "Draft"("ownerId", "updatedAt");

-- AddForeignKey
ALTER TABLE "SalesnipSession" ADD CONSTRAINT "SalesnipSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesnipAttempt" ADD CONSTRAINT "SalesnipAttempt_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "SalesnipSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesnipSessionTemplate" ADD CONSTRAINT "SalesnipSessionTemplate_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "SalesnipSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
