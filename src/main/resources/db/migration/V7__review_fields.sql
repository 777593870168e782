-- Version 7: reviewers' changes to the title, the issuers and the date (issue 12).
-- V6 is already in use: a changed V6 would never reach a file at version 6, so this is its own step.

-- The report's fields outside the sections (title, issuers, date) as the export printed them, so a
-- reviewer's change to them is placed on the field and rebased onto what the officer has typed since.
CREATE TABLE export_field_text (
    export_id  TEXT    NOT NULL REFERENCES export_snapshot(id) ON DELETE CASCADE,
    field      TEXT    NOT NULL,                -- TITLE, ISSUERS, DATE
    text       TEXT    NOT NULL,                -- as printed; the issuers one a line
    PRIMARY KEY (export_id, field)
);

-- A change placed on one of those fields (start_at/end_at then in the field's exported text); null
-- for a change in a section or elsewhere outside the sections.
ALTER TABLE review_item ADD COLUMN field TEXT;
