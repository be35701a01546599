-- History's template filter counts a view's sessions through the template's links, each session looked
-- up by id to ask whether it was replaced: this index answers that alone, without the session's row.
-- CreateIndex
CREATE INDEX "SalesnipSession_id_replacedById_idx" ON "SalesnipSession"("id", "replacedById");
