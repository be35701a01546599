-- The dashboard's sums per UTC month, beside the ones per day: a long range reads its whole months
-- here and only the days at either end from the day rollups. At a million sessions a year's range
-- was 16,410 rows of SessionDayRollup and 25,170 of AcceptTimeDayRollup, each grouped by sorting.
-- CreateTable
CREATE TABLE "SessionMonthRollup" (
    "month" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "opened" BOOLEAN NOT NULL,
    "sessions" INTEGER NOT NULL,
    "agreedMinor" BIGINT NOT NULL,
    "discountBpSum" BIGINT NOT NULL,
    "discounted" INTEGER NOT NULL,

    PRIMARY KEY ("month", "createdById", "status", "currency", "opened")
);

-- CreateTable
CREATE TABLE "AcceptTimeMonthRollup" (
    "month" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "sessions" INTEGER NOT NULL,

    PRIMARY KEY ("month", "bucket")
);

-- Kept by triggers on the day rollups (which the sessions' triggers keep), so the two cannot
-- disagree: whatever a day's row gains or loses, its month gains or loses. An upsert's update fires
-- the update trigger. A day is 'YYYY-MM-DD': its month is its first 7 characters.

CREATE TRIGGER "SessionDayRollup_month_insert" AFTER INSERT ON "SessionDayRollup" BEGIN
  INSERT INTO "SessionMonthRollup" ("month", "createdById", "status", "currency", "opened", "sessions", "agreedMinor", "discountBpSum", "discounted")
    VALUES (substr(new."day", 1, 7), new."createdById", new."status", new."currency", new."opened",
            new."sessions", new."agreedMinor", new."discountBpSum", new."discounted")
    ON CONFLICT DO UPDATE SET "sessions" = "sessions" + excluded."sessions", "agreedMinor" = "agreedMinor" + excluded."agreedMinor",
      "discountBpSum" = "discountBpSum" + excluded."discountBpSum", "discounted" = "discounted" + excluded."discounted";
END;

CREATE TRIGGER "SessionDayRollup_month_delete" AFTER DELETE ON "SessionDayRollup" BEGIN
  INSERT INTO "SessionMonthRollup" ("month", "createdById", "status", "currency", "opened", "sessions", "agreedMinor", "discountBpSum", "discounted")
    VALUES (substr(old."day", 1, 7), old."createdById", old."status", old."currency", old."opened",
            -old."sessions", -old."agreedMinor", -old."discountBpSum", -old."discounted")
    ON CONFLICT DO UPDATE SET "sessions" = "sessions" + excluded."sessions", "agreedMinor" = "agreedMinor" + excluded."agreedMinor",
      "discountBpSum" = "discountBpSum" + excluded."discountBpSum", "discounted" = "discounted" + excluded."discounted";
END;

CREATE TRIGGER "SessionDayRollup_month_update" AFTER UPDATE ON "SessionDayRollup" BEGIN
  INSERT INTO "SessionMonthRollup" ("month", "createdById", "status", "currency", "opened", "sessions", "agreedMinor", "discountBpSum", "discounted")
    VALUES (substr(old."day", 1, 7), old."createdById", old."status", old."currency", old."opened",
            -old."sessions", -old."agreedMinor", -old."discountBpSum", -old."discounted")
    ON CONFLICT DO UPDATE SET "sessions" = "sessions" + excluded."sessions", "agreedMinor" = "agreedMinor" + excluded."agreedMinor",
      "discountBpSum" = "discountBpSum" + excluded."discountBpSum", "discounted" = "discounted" + excluded."discounted";
  INSERT INTO "SessionMonthRollup" ("month", "createdById", "status", "currency", "opened", "sessions", "agreedMinor", "discountBpSum", "discounted")
    VALUES (substr(new."day", 1, 7), new."createdById", new."status", new."currency", new."opened",
            new."sessions", new."agreedMinor", new."discountBpSum", new."discounted")
    ON CONFLICT DO UPDATE SET "sessions" = "sessions" + excluded."sessions", "agreedMinor" = "agreedMinor" + excluded."agreedMinor",
      "discountBpSum" = "discountBpSum" + excluded."discountBpSum", "discounted" = "discounted" + excluded."discounted";
END;

CREATE TRIGGER "AcceptTimeDayRollup_month_insert" AFTER INSERT ON "AcceptTimeDayRollup" BEGIN
  INSERT INTO "AcceptTimeMonthRollup" ("month", "bucket", "sessions")
    VALUES (substr(new."day", 1, 7), new."bucket", new."sessions")
    ON CONFLICT DO UPDATE SET "sessions" = "sessions" + excluded."sessions";
END;

CREATE TRIGGER "AcceptTimeDayRollup_month_delete" AFTER DELETE ON "AcceptTimeDayRollup" BEGIN
  INSERT INTO "AcceptTimeMonthRollup" ("month", "bucket", "sessions")
    VALUES (substr(old."day", 1, 7), old."bucket", -old."sessions")
    ON CONFLICT DO UPDATE SET "sessions" = "sessions" + excluded."sessions";
END;

CREATE TRIGGER "AcceptTimeDayRollup_month_update" AFTER UPDATE ON "AcceptTimeDayRollup" BEGIN
  INSERT INTO "AcceptTimeMonthRollup" ("month", "bucket", "sessions")
    VALUES (substr(old."day", 1, 7), old."bucket", -old."sessions")
    ON CONFLICT DO UPDATE SET "sessions" = "sessions" + excluded."sessions";
  INSERT INTO "AcceptTimeMonthRollup" ("month", "bucket", "sessions")
    VALUES (substr(new."day", 1, 7), new."bucket", new."sessions")
    ON CONFLICT DO UPDATE SET "sessions" = "sessions" + excluded."sessions";
END;

-- What exists already, in one pass.
INSERT INTO "SessionMonthRollup" ("month", "createdById", "status", "currency", "opened", "sessions", "agreedMinor", "discountBpSum", "discounted")
  SELECT substr("day", 1, 7), "createdById", "status", "currency", "opened",
         sum("sessions"), sum("agreedMinor"), sum("discountBpSum"), sum("discounted")
  FROM "SessionDayRollup" GROUP BY 1, 2, 3, 4, 5;
INSERT INTO "AcceptTimeMonthRollup" ("month", "bucket", "sessions")
  SELECT substr("day", 1, 7), "bucket", sum("sessions") FROM "AcceptTimeDayRollup" GROUP BY 1, 2;
