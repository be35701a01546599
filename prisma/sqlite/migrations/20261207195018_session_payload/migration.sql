-- A session's payloads (the request sent, the composition, the template versions) move to a table of
-- their own, so that the session's rows stay small: History's pages, its search and the CSV export
-- read sessions' rows by the thousand, a million for a full export.
-- Written by hand rather than as Prisma's table rebuild: DROP COLUMN keeps every row's rowid, which
-- the search index (SalesnipSessionSearch, kept by triggers on this table) refers to, and keeps those
-- triggers, which a rebuild would drop with the old table.

-- CreateTable
CREATE TABLE "SalesnipSessionPayload" (
    "sessionId" TEXT NOT NULL PRIMARY KEY,
    "requestBody" TEXT NOT NULL,
    "composition" TEXT NOT NULL,
    "templateVersions" TEXT NOT NULL,
    CONSTRAINT "SalesnipSessionPayload_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "SalesnipSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Every session's payload, before its columns go.
INSERT INTO "SalesnipSessionPayload" ("sessionId", "requestBody", "composition", "templateVersions")
SELECT "id", "requestBody", "composition", "templateVersions" FROM "SalesnipSession";

-- AlterTable
ALTER TABLE "SalesnipSession" DROP COLUMN "requestBody";
ALTER TABLE "SalesnipSession" DROP COLUMN "composition";
ALTER TABLE "SalesnipSession" DROP COLUMN "templateVersions";
