-- Version 2: the reviewers' round trip (issue 12).
-- Every export records what it wrote, so a returned .docx can be compared with it; a returned file's
-- changes and comments wait here until the officer accepts or rejects them.

CREATE TABLE export_snapshot (
    id          TEXT    PRIMARY KEY,            -- the export id written into the .docx (a UUID)
    report_id   INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    exported_at TEXT    NOT NULL                -- ISO instant
);
CREATE INDEX export_snapshot_by_report ON export_snapshot(report_id, exported_at);

-- Each section's text as exported: its paragraphs (heading line first) joined by a line feed. No
-- foreign key on the section: a section deleted since stays in the report's history.
CREATE TABLE export_section_text (
    export_id  TEXT    NOT NULL REFERENCES export_snapshot(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,                -- document order
    section_id INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    PRIMARY KEY (export_id, position)
);

-- One returned file, read once: the same content (hash) is never imported twice for a report.
CREATE TABLE review_import (
    id          INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    export_id   TEXT,                           -- the snapshot the changes are placed on
    file_hash   TEXT    NOT NULL,               -- SHA-256 of the file's bytes
    file_name   TEXT    NOT NULL,
    imported_at TEXT    NOT NULL,
    UNIQUE (report_id, file_hash)
);

-- A change or comment of a returned file. Offsets are in the snapshot's section text; they are
-- rebased onto the section's current text when shown and when accepted.
CREATE TABLE review_item (
    id          INTEGER PRIMARY KEY,
    import_id   INTEGER NOT NULL REFERENCES review_import(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,               -- document order within the file
    kind        TEXT    NOT NULL,               -- INSERTION, DELETION, REPLACEMENT, MOVED_AWAY, MOVED_HERE, COMMENT
    section_id  INTEGER,                        -- null: outside the sections (title, closing)
    start_at    INTEGER NOT NULL,
    end_at      INTEGER NOT NULL,
    old_text    TEXT    NOT NULL DEFAULT '',
    new_text    TEXT    NOT NULL DEFAULT '',
    author      TEXT    NOT NULL DEFAULT '',
    initials    TEXT    NOT NULL DEFAULT '',
    made_at     TEXT    NOT NULL DEFAULT '',    -- as the file states it (w:date)
    tracked     INTEGER NOT NULL DEFAULT 1,     -- 0: found by comparison, edited with tracking off
    parent_at   INTEGER,                        -- a reply: its comment's position; a move's destination: its origin's
    done        INTEGER NOT NULL DEFAULT 0,     -- a comment marked resolved
    status      TEXT    NOT NULL DEFAULT 'PENDING'  -- PENDING, ACCEPTED, REJECTED
);
CREATE INDEX review_item_by_import ON review_item(import_id, position);
