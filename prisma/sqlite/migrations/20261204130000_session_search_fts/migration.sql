-- History search on SQLite: an FTS5 index with the trigram tokenizer over "searchText", so that
-- LIKE '%…%' (text anywhere, as on PostgreSQL's trigram index) is answered from the index instead of
-- a scan of every session (lib/history/data.ts). An external-content index: it stores no second copy
-- of the text, and these triggers keep it in step with every write. It follows the table's rowids;
-- a VACUUM may renumber those, after which the index is rebuilt with:
--   INSERT INTO "SalesnipSessionSearch"("SalesnipSessionSearch") VALUES ('rebuild');
CREATE VIRTUAL TABLE "SalesnipSessionSearch" USING fts5(
  "searchText",
  content = 'SalesnipSession',
  content_rowid = 'rowid',
  tokenize = 'trigram'
);
INSERT INTO "SalesnipSessionSearch"("SalesnipSessionSearch") VALUES ('rebuild');

CREATE TRIGGER "SalesnipSession_search_insert" AFTER INSERT ON "SalesnipSession" BEGIN
  INSERT INTO "SalesnipSessionSearch"(rowid, "searchText") VALUES (new.rowid, new."searchText");
END;
CREATE TRIGGER "SalesnipSession_search_delete" AFTER DELETE ON "SalesnipSession" BEGIN
  INSERT INTO "SalesnipSessionSearch"("SalesnipSessionSearch", rowid, "searchText")
    VALUES ('delete', old.rowid, old."searchText");
END;
CREATE TRIGGER "SalesnipSession_search_update" AFTER UPDATE OF "searchText" ON "SalesnipSession" BEGIN
  INSERT INTO "SalesnipSessionSearch"("SalesnipSessionSearch", rowid, "searchText")
    VALUES ('delete', old.rowid, old."searchText");
  INSERT INTO "SalesnipSessionSearch"(rowid, "searchText") VALUES (new.rowid, new."searchText");
END;
