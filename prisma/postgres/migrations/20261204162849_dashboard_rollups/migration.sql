-- AlterTable
ALTER TABLE "SalesnipSession" ADD COLUMN     "acceptedAt" TIMESTAMP(3);

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

    CONSTRAINT "SessionDayRollup_pkey" PRIMARY KEY ("day","createdById","status","currency","opened")
);

-- CreateTable
CREATE TABLE "AcceptTimeDayRollup" (
    "day" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "sessions" INTEGER NOT NULL,

    CONSTRAINT "AcceptTimeDayRollup_pkey" PRIMARY KEY ("day","bucket")
);

-- CreateTable
CREATE TABLE "TemplateAcceptedDayRollup" (
    "day" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "accepted" INTEGER NOT NULL,

    CONSTRAINT "TemplateAcceptedDayRollup_pkey" PRIMARY KEY ("day","templateId")
);

-- The rollups are kept by triggers, so every write (the app, the seeder, a fix by hand) keeps them
-- true. A session counts +1 where it now is and −1 where it was. Days are UTC (timestamps are stored
-- in UTC, without a zone). Concurrent writers of one day's row wait for each other on its row lock.

CREATE FUNCTION "session_rollup_add"(s "SalesnipSession", sign INTEGER) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SessionDayRollup" ("day", "createdById", "status", "currency", "opened", "sessions", "agreedMinor", "discountBpSum", "discounted")
    VALUES (to_char(s."createdAt", 'YYYY-MM-DD'), s."createdById", s."status", s."currency", s."firstOpenedAt" IS NOT NULL,
            sign, sign * coalesce(s."agreedTotalMinor", 0), sign * coalesce(s."discountBp", 0),
            sign * (CASE WHEN s."discountBp" IS NULL THEN 0 ELSE 1 END))
    ON CONFLICT ("day", "createdById", "status", "currency", "opened") DO UPDATE SET
      "sessions" = "SessionDayRollup"."sessions" + excluded."sessions",
      "agreedMinor" = "SessionDayRollup"."agreedMinor" + excluded."agreedMinor",
      "discountBpSum" = "SessionDayRollup"."discountBpSum" + excluded."discountBpSum",
      "discounted" = "SessionDayRollup"."discounted" + excluded."discounted";
  INSERT INTO "AcceptTimeDayRollup" ("day", "bucket", "sessions")
    SELECT to_char(s."createdAt", 'YYYY-MM-DD'),
           round(20 * ln(1 + greatest(0, extract(epoch FROM s."acceptedAt" - s."createdAt"))))::integer, sign
    WHERE s."acceptedAt" IS NOT NULL
    ON CONFLICT ("day", "bucket") DO UPDATE SET "sessions" = "AcceptTimeDayRollup"."sessions" + excluded."sessions";
$$;

CREATE FUNCTION "session_rollup_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NOT (
       old."createdAt" IS DISTINCT FROM new."createdAt" OR old."createdById" IS DISTINCT FROM new."createdById"
    OR old."status" IS DISTINCT FROM new."status" OR old."currency" IS DISTINCT FROM new."currency"
    OR (old."firstOpenedAt" IS NULL) IS DISTINCT FROM (new."firstOpenedAt" IS NULL)
    OR old."agreedTotalMinor" IS DISTINCT FROM new."agreedTotalMinor" OR old."discountBp" IS DISTINCT FROM new."discountBp"
    OR old."acceptedAt" IS DISTINCT FROM new."acceptedAt") THEN
    RETURN NULL; -- most updates (reads, opens counted) touch nothing summed or grouped
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "session_rollup_add"(old, -1); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM "session_rollup_add"(new, 1); END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "SalesnipSession_rollup" AFTER INSERT OR UPDATE OR DELETE ON "SalesnipSession"
  FOR EACH ROW EXECUTE FUNCTION "session_rollup_trigger"();

CREATE FUNCTION "template_rollup_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND old."accepted" THEN
    INSERT INTO "TemplateAcceptedDayRollup" ("day", "templateId", "accepted")
      VALUES (to_char(old."createdAt", 'YYYY-MM-DD'), old."templateId", -1)
      ON CONFLICT ("day", "templateId") DO UPDATE SET "accepted" = "TemplateAcceptedDayRollup"."accepted" - 1;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND new."accepted" THEN
    INSERT INTO "TemplateAcceptedDayRollup" ("day", "templateId", "accepted")
      VALUES (to_char(new."createdAt", 'YYYY-MM-DD'), new."templateId", 1)
      ON CONFLICT ("day", "templateId") DO UPDATE SET "accepted" = "TemplateAcceptedDayRollup"."accepted" + 1;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "SalesnipSessionTemplate_rollup" AFTER INSERT OR UPDATE OR DELETE ON "SalesnipSessionTemplate"
  FOR EACH ROW EXECUTE FUNCTION "template_rollup_trigger"();

-- What exists already: accept times from the feed's accepted events (before the triggers count
-- them one by one), then each rollup in one pass.
ALTER TABLE "SalesnipSession" DISABLE TRIGGER "SalesnipSession_rollup";
UPDATE "SalesnipSession" s SET "acceptedAt" = e.at
  FROM (SELECT "sessionId", max("at") AS at FROM "ActivityEvent" WHERE "kind" = 'accepted' GROUP BY 1) e
  WHERE e."sessionId" = s."id" AND s."status" = 'complete';
ALTER TABLE "SalesnipSession" ENABLE TRIGGER "SalesnipSession_rollup";
INSERT INTO "SessionDayRollup" ("day", "createdById", "status", "currency", "opened", "sessions", "agreedMinor", "discountBpSum", "discounted")
  SELECT to_char("createdAt", 'YYYY-MM-DD'), "createdById", "status", "currency", "firstOpenedAt" IS NOT NULL,
         count(*), coalesce(sum("agreedTotalMinor"), 0), coalesce(sum("discountBp"), 0), count("discountBp")
  FROM "SalesnipSession" GROUP BY 1, 2, 3, 4, 5;
INSERT INTO "AcceptTimeDayRollup" ("day", "bucket", "sessions")
  SELECT to_char("createdAt", 'YYYY-MM-DD'),
         round(20 * ln(1 + greatest(0, extract(epoch FROM "acceptedAt" - "createdAt"))))::integer, count(*)
  FROM "SalesnipSession" WHERE "acceptedAt" IS NOT NULL GROUP BY 1, 2;
INSERT INTO "TemplateAcceptedDayRollup" ("day", "templateId", "accepted")
  SELECT to_char("createdAt", 'YYYY-MM-DD'), "templateId", count(*)
  FROM "SalesnipSessionTemplate" WHERE "accepted" GROUP BY 1, 2;
