-- AlterTable
ALTER TABLE "SalesnipSession" ADD COLUMN "acceptedAt" DATETIME;

-- CreateTable
CREATE TABLE "SessionDayRollup" (
    "day" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "opened" BOOLEAN NOT NULL,
    "sessions" INTEGER NOT NULL,
    "agreedMinor" BIGINT NOT NULL,
    "discountBpSum" BIGINT NOT NULL,
    "discounted" INTEGER NOT NULL,

    PRIMARY KEY ("day", "createdById", "status", "currency", "opened")
);

-- CreateTable
CREATE TABLE "AcceptTimeDayRollup" (
    "day" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "sessions" INTEGER NOT NULL,

    PRIMARY KEY ("day", "bucket")
);

-- CreateTable
CREATE TABLE "TemplateAcceptedDayRollup" (
    "day" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "accepted" INTEGER NOT NULL,

    PRIMARY KEY ("day", "templateId")
);

-- The rollups are kept by triggers, so every write (the app, the seeder, a fix by hand) keeps them
-- true. A session's row counts +1 where it now is and −1 where it was. Days are UTC: dates are
-- stored as ISO text in UTC ('2026-12-04T16:30:44.776+00:00'), so the day is its first 10 characters.

CREATE TRIGGER "SalesnipSession_rollup_insert" AFTER INSERT ON "SalesnipSession" BEGIN
  INSERT INTO "SessionDayRollup" ("day", "createdById", "status", "currency", "opened", "sessions", "agreedMinor", "discountBpSum", "discounted")
    VALUES (substr(new."createdAt", 1, 10), new."createdById", new."status", new."currency", new."firstOpenedAt" IS NOT NULL,
            1, coalesce(new."agreedTotalMinor", 0), coalesce(new."discountBp", 0), new."discountBp" IS NOT NULL)
    ON CONFLICT DO UPDATE SET "sessions" = "sessions" + excluded."sessions", "agreedMinor" = "agreedMinor" + excluded."agreedMinor",
      "discountBpSum" = "discountBpSum" + excluded."discountBpSum", "discounted" = "discounted" + excluded."discounted";
  INSERT INTO "AcceptTimeDayRollup" ("day", "bucket", "sessions")
    SELECT substr(new."createdAt", 1, 10),
           CAST(round(20 * ln(1 + max(0, (julianday(new."acceptedAt") - julianday(new."createdAt")) * 86400))) AS INTEGER), 1
    WHERE new."acceptedAt" IS NOT NULL
    ON CONFLICT DO UPDATE SET "sessions" = "sessions" + 1;
END;

CREATE TRIGGER "SalesnipSession_rollup_delete" AFTER DELETE ON "SalesnipSession" BEGIN
  INSERT INTO "SessionDayRollup" ("day", "createdById", "status", "currency", "opened", "sessions", "agreedMinor", "discountBpSum", "discounted")
    VALUES (substr(old."createdAt", 1, 10), old."createdById", old."status", old."currency", old."firstOpenedAt" IS NOT NULL,
            -1, -coalesce(old."agreedTotalMinor", 0), -coalesce(old."discountBp", 0), -(old."discountBp" IS NOT NULL))
    ON CONFLICT DO UPDATE SET "sessions" = "sessions" + excluded."sessions", "agreedMinor" = "agreedMinor" + excluded."agreedMinor",
      "discountBpSum" = "discountBpSum" + excluded."discountBpSum", "discounted" = "discounted" + excluded."discounted";
  INSERT INTO "AcceptTimeDayRollup" ("day", "bucket", "sessions")
    SELECT substr(old."createdAt", 1, 10),
           CAST(round(20 * ln(1 + max(0, (julianday(old."acceptedAt") - julianday(old."createdAt")) * 86400))) AS INTEGER), -1
    WHERE old."acceptedAt" IS NOT NULL
    ON CONFLICT DO UPDATE SET "sessions" = "sessions" - 1;
END;

-- Only when a summed or grouped column changes: most updates (reads, opens counted) touch none.
CREATE TRIGGER "SalesnipSession_rollup_update" AFTER UPDATE OF "createdAt", "createdById", "status", "currency", "firstOpenedAt", "agreedTotalMinor", "discountBp", "acceptedAt" ON "SalesnipSession"
WHEN old."createdAt" IS NOT new."createdAt" OR old."createdById" IS NOT new."createdById" OR old."status" IS NOT new."status"
  OR old."currency" IS NOT new."currency" OR (old."firstOpenedAt" IS NULL) IS NOT (new."firstOpenedAt" IS NULL)
  OR old."agreedTotalMinor" IS NOT new."agreedTotalMinor" OR old."discountBp" IS NOT new."discountBp" OR old."acceptedAt" IS NOT new."acceptedAt"
BEGIN
  INSERT INTO "SessionDayRollup" ("day", "createdById", "status", "currency", "opened", "sessions", "agreedMinor", "discountBpSum", "discounted")
    VALUES (substr(old."createdAt", 1, 10), old."createdById", old."status", old."currency", old."firstOpenedAt" IS NOT NULL,
            -1, -coalesce(old."agreedTotalMinor", 0), -coalesce(old."discountBp", 0), -(old."discountBp" IS NOT NULL))
    ON CONFLICT DO UPDATE SET "sessions" = "sessions" + excluded."sessions", "agreedMinor" = "agreedMinor" + excluded."agreedMinor",
      "discountBpSum" = "discountBpSum" + excluded."discountBpSum", "discounted" = "discounted" + excluded."discounted";
  INSERT INTO "SessionDayRollup" ("day", "createdById", "status", "currency", "opened", "sessions", "agreedMinor", "discountBpSum", "discounted")
    VALUES (substr(new."createdAt", 1, 10), new."createdById", new."status", new."currency", new."firstOpenedAt" IS NOT NULL,
            1, coalesce(new."agreedTotalMinor", 0), coalesce(new."discountBp", 0), new."discountBp" IS NOT NULL)
    ON CONFLICT DO UPDATE SET "sessions" = "sessions" + excluded."sessions", "agreedMinor" = "agreedMinor" + excluded."agreedMinor",
      "discountBpSum" = "discountBpSum" + excluded."discountBpSum", "discounted" = "discounted" + excluded."discounted";
  INSERT INTO "AcceptTimeDayRollup" ("day", "bucket", "sessions")
    SELECT substr(old."createdAt", 1, 10),
           CAST(round(20 * ln(1 + max(0, (julianday(old."acceptedAt") - julianday(old."createdAt")) * 86400))) AS INTEGER), -1
    WHERE old."acceptedAt" IS NOT NULL
    ON CONFLICT DO UPDATE SET "sessions" = "sessions" - 1;
  INSERT INTO "AcceptTimeDayRollup" ("day", "bucket", "sessions")
    SELECT substr(new."createdAt", 1, 10),
           CAST(round(20 * ln(1 + max(0, (julianday(new."acceptedAt") - julianday(new."createdAt")) * 86400))) AS INTEGER), 1
    WHERE new."acceptedAt" IS NOT NULL
    ON CONFLICT DO UPDATE SET "sessions" = "sessions" + 1;
END;

CREATE TRIGGER "SalesnipSessionTemplate_rollup_insert" AFTER INSERT ON "SalesnipSessionTemplate" WHEN new."accepted" BEGIN
  INSERT INTO "TemplateAcceptedDayRollup" ("day", "templateId", "accepted")
    VALUES (substr(new."createdAt", 1, 10), new."templateId", 1)
    ON CONFLICT DO UPDATE SET "accepted" = "accepted" + 1;
END;
CREATE TRIGGER "SalesnipSessionTemplate_rollup_delete" AFTER DELETE ON "SalesnipSessionTemplate" WHEN old."accepted" BEGIN
  INSERT INTO "TemplateAcceptedDayRollup" ("day", "templateId", "accepted")
    VALUES (substr(old."createdAt", 1, 10), old."templateId", -1)
    ON CONFLICT DO UPDATE SET "accepted" = "accepted" - 1;
END;
CREATE TRIGGER "SalesnipSessionTemplate_rollup_update" AFTER UPDATE OF "accepted", "createdAt", "templateId" ON "SalesnipSessionTemplate"
WHEN old."accepted" IS NOT new."accepted" OR old."createdAt" IS NOT new."createdAt" OR old."templateId" IS NOT new."templateId"
BEGIN
  INSERT INTO "TemplateAcceptedDayRollup" ("day", "templateId", "accepted")
    SELECT substr(old."createdAt", 1, 10), old."templateId", -1 WHERE old."accepted"
    ON CONFLICT DO UPDATE SET "accepted" = "accepted" - 1;
  INSERT INTO "TemplateAcceptedDayRollup" ("day", "templateId", "accepted")
    SELECT substr(new."createdAt", 1, 10), new."templateId", 1 WHERE new."accepted"
    ON CONFLICT DO UPDATE SET "accepted" = "accepted" + 1;
END;

-- What exists already: accept times from the feed's accepted events, then each rollup in one pass.
UPDATE "SalesnipSession" SET "acceptedAt" = (
  SELECT max(e."at") FROM "ActivityEvent" e WHERE e."sessionId" = "SalesnipSession"."id" AND e."kind" = 'accepted'
) WHERE "status" = 'complete';
DELETE FROM "SessionDayRollup";
DELETE FROM "AcceptTimeDayRollup";
INSERT INTO "SessionDayRollup" ("day", "createdById", "status", "currency", "opened", "sessions", "agreedMinor", "discountBpSum", "discounted")
  SELECT substr("createdAt", 1, 10), "createdById", "status", "currency", "firstOpenedAt" IS NOT NULL,
         count(*), coalesce(sum("agreedTotalMinor"), 0), coalesce(sum("discountBp"), 0), count("discountBp")
  FROM "SalesnipSession" GROUP BY 1, 2, 3, 4, 5;
INSERT INTO "AcceptTimeDayRollup" ("day", "bucket", "sessions")
  SELECT substr("createdAt", 1, 10),
         CAST(round(20 * ln(1 + max(0, (julianday("acceptedAt") - julianday("createdAt")) * 86400))) AS INTEGER), count(*)
  FROM "SalesnipSession" WHERE "acceptedAt" IS NOT NULL GROUP BY 1, 2;
INSERT INTO "TemplateAcceptedDayRollup" ("day", "templateId", "accepted")
  SELECT substr("createdAt", 1, 10), "templateId", count(*)
  FROM "SalesnipSessionTemplate" WHERE "accepted" GROUP BY 1, 2;
