-- Version 6: review threads across rounds, and changes on the title, issuers and date (issue 12).
-- An export writes the report's unresolved comments into the .docx as Word comments; when that file
-- comes back, each of them must be recognised as the stored comment it was written from (not listed
-- again), so a reviewer's reply attaches to it and a done flag marks it. This records what was written.

CREATE TABLE carried_comment (
    export_id  TEXT    NOT NULL REFERENCES export_snapshot(id) ON DELETE CASCADE,
    para_id    TEXT    NOT NULL,                -- the w14:paraId the export gave it (Word keeps it)
    item_id    INTEGER NOT NULL REFERENCES review_item(id) ON DELETE CASCADE,
    author     TEXT    NOT NULL,                -- w:author as written
    made_at    TEXT    NOT NULL,                -- w:date as written, or ''
    text       TEXT    NOT NULL,                -- the comment's text as written
    PRIMARY KEY (export_id, para_id)
);

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
