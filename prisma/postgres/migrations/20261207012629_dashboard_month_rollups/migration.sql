-- The dashboard's sums per UTC month, beside the ones per day: a long range reads its whole months
-- here and only the days at either end from the day rollups (see the SQLite migration's figures).
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

    CONSTRAINT "SessionMonthRollup_pkey" PRIMARY KEY ("month","createdById","status","currency","opened")
);

-- CreateTable
CREATE TABLE "AcceptTimeMonthRollup" (
    "month" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "sessions" INTEGER NOT NULL,

    CONSTRAINT "AcceptTimeMonthRollup_pkey" PRIMARY KEY ("month","bucket")
);

-- Kept by triggers on the day rollups (which the sessions' triggers keep), so the two cannot
-- disagree: whatever a day's row gains or loses, its month gains or loses. An upsert's update fires
-- the update trigger. Every writer locks a day's row first, then its month's.

CREATE FUNCTION "session_month_rollup_add"(d "SessionDayRollup", sign INTEGER) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SessionMonthRollup" ("month", "createdById", "status", "currency", "opened", "sessions", "agreedMinor", "discountBpSum", "discounted")
    VALUES (left(d."day", 7), d."createdById", d."status", d."currency", d."opened",
            sign * d."sessions", sign * d."agreedMinor", sign * d."discountBpSum", sign * d."discounted")
    ON CONFLICT ("month", "createdById", "status", "currency", "opened") DO UPDATE SET
      "sessions" = "SessionMonthRollup"."sessions" + excluded."sessions",
      "agreedMinor" = "SessionMonthRollup"."agreedMinor" + excluded."agreedMinor",
      "discountBpSum" = "SessionMonthRollup"."discountBpSum" + excluded."discountBpSum",
      "discounted" = "SessionMonthRollup"."discounted" + excluded."discounted";
$$;

CREATE FUNCTION "session_month_rollup_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "session_month_rollup_add"(old, -1); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM "session_month_rollup_add"(new, 1); END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "SessionDayRollup_month" AFTER INSERT OR UPDATE OR DELETE ON "SessionDayRollup"
  FOR EACH ROW EXECUTE FUNCTION "session_month_rollup_trigger"();

CREATE FUNCTION "accept_time_month_rollup_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "AcceptTimeMonthRollup" ("month", "bucket", "sessions")
      VALUES (left(old."day", 7), old."bucket", -old."sessions")
      ON CONFLICT ("month", "bucket") DO UPDATE SET "sessions" = "AcceptTimeMonthRollup"."sessions" + excluded."sessions";
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO "AcceptTimeMonthRollup" ("month", "bucket", "sessions")
      VALUES (left(new."day", 7), new."bucket", new."sessions")
      ON CONFLICT ("month", "bucket") DO UPDATE SET "sessions" = "AcceptTimeMonthRollup"."sessions" + excluded."sessions";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "AcceptTimeDayRollup_month" AFTER INSERT OR UPDATE OR DELETE ON "AcceptTimeDayRollup"
  FOR EACH ROW EXECUTE FUNCTION "accept_time_month_rollup_trigger"();

-- What exists already, in one pass.
INSERT INTO "SessionMonthRollup" ("month", "createdById", "status", "currency", "opened", "sessions", "agreedMinor", "discountBpSum", "discounted")
  SELECT left("day", 7), "createdById", "status", "currency", "opened",
         sum("sessions"), sum("agreedMinor"), sum("discountBpSum"), sum("discounted")
  FROM "SessionDayRollup" GROUP BY 1, 2, 3, 4, 5;
INSERT INTO "AcceptTimeMonthRollup" ("month", "bucket", "sessions")
  SELECT left("day", 7), "bucket", sum("sessions") FROM "AcceptTimeDayRollup" GROUP BY 1, 2;
