-- Version 6: comments carried back to the reviewers (issue 12, repeated comments across rounds).
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
