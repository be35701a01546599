-- Search text in its literal form (lib/literal-search.ts): "%", "_" and "\" become private-use
-- characters (U+E000, U+E001, U+E002), so that LIKE finds them as typed. Backslash first.
UPDATE "SalesnipSession" SET "searchText" = replace(replace(replace("searchText", '\', char(57346)), '%', char(57344)), '_', char(57345));
UPDATE "Template" SET "searchText" = replace(replace(replace("searchText", '\', char(57346)), '%', char(57344)), '_', char(57345));
