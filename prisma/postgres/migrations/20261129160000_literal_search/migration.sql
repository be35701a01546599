-- Search text in its literal form (lib/literal-search.ts): "%", "_" and "\" become private-use
-- characters (U+E000, U+E001, U+E002), so that LIKE finds them as typed. Backslash first.
UPDATE "SalesnipSession" SET "searchText" = replace(replace(replace("searchText", E'\\', chr(57346)), '%', chr(57344)), '_', chr(57345));
UPDATE "Template" SET "searchText" = replace(replace(replace("searchText", E'\\', chr(57346)), '%', chr(57344)), '_', chr(57345));
