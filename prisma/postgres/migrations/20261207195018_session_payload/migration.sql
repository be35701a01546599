-- A session's payloads (the request sent, the composition, the template versions) move to a table of
-- their own, as on SQLite (where the session's rows would otherwise hold them). Copied before the
-- columns go.

-- CreateTable
CREATE TABLE "SalesnipSessionPayload" (
    "sessionId" TEXT NOT NULL,
    "requestBody" TEXT NOT NULL,
    "composition" TEXT NOT NULL,
    "templateVersions" TEXT NOT NULL,

    CONSTRAINT "SalesnipSessionPayload_pkey" PRIMARY KEY ("sessionId")
);

INSERT INTO "SalesnipSessionPayload" ("sessionId", "requestBody", "composition", "templateVersions")
SELECT "id", "requestBody", "composition", "templateVersions" FROM "SalesnipSession";

-- AddForeignKey
ALTER TABLE "SalesnipSessionPayload" ADD CONSTRAINT "SalesnipSessionPayload_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "SalesnipSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "SalesnipSession" DROP COLUMN "composition",
DROP COLUMN "requestBody",
DROP COLUMN "templateVersions";
