-- CreateTable
CREATE TABLE "Template" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "image" TEXT NOT NULL DEFAULT '',
    "quantityInitial" INTEGER,
    "quantityMinimum" INTEGER,
    "quantityMaximum" INTEGER,
    "recurringUnit" TEXT,
    "recurringCount" INTEGER,
    "trialUnit" TEXT,
    "trialCount" INTEGER,
    "metadata" TEXT NOT NULL DEFAULT '{}',
    "upsellId" TEXT,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "searchText" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Template_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TemplatePrice" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "openingMinor" BIGINT NOT NULL,
    "floorMinor" BIGINT NOT NULL,

    CONSTRAINT "TemplatePrice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TemplateTag" (
    "templateId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    CONSTRAINT "TemplateTag_pkey" PRIMARY KEY ("templateId","tag")
);

-- CreateTable
CREATE TABLE "TemplateCrossSell" (
    "templateId" TEXT NOT NULL,
    "crossSellId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "TemplateCrossSell_pkey" PRIMARY KEY ("templateId","position")
);

-- CreateIndex
CREATE UNIQUE INDEX "Template_productId_key" ON "Template"("productId");

-- CreateIndex
CREATE INDEX "Template_archivedAt_name_idx" ON "Template"("archivedAt", "name");

-- CreateIndex
CREATE INDEX "Template_archivedAt_updatedAt_idx" ON "Template"("archivedAt", "updatedAt");

-- CreateIndex
CREATE INDEX "TemplatePrice_currency_templateId_idx" ON "TemplatePrice"("currency", "templateId");

-- CreateIndex
CREATE UNIQUE INDEX "TemplatePrice_templateId_currency_key" ON "TemplatePrice"("templateId", "currency");

-- CreateIndex
CREATE INDEX "TemplateTag_tag_templateId_idx" ON "TemplateTag"("tag", "templateId");

-- CreateIndex
CREATE UNIQUE INDEX "TemplateCrossSell_templateId_crossSellId_key" ON "TemplateCrossSell"("templateId", "crossSellId");

-- AddForeignKey
ALTER TABLE "Template" ADD CONSTRAINT "Template_upsellId_fkey" FOREIGN KEY ("upsellId") REFERENCES "Template"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplatePrice" ADD CONSTRAINT "TemplatePrice_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "Template"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplateTag" ADD CONSTRAINT "TemplateTag_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "Template"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplateCrossSell" ADD CONSTRAINT "TemplateCrossSell_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "Template"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplateCrossSell" ADD CONSTRAINT "TemplateCrossSell_crossSellId_fkey" FOREIGN KEY ("crossSellId") REFERENCES "Template"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
