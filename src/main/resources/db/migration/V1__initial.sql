-- Nianbao schema, version 1. Figures are stored as decimal TEXT (BigDecimal.toPlainString), never REAL,
-- so 63.8 stays 63.8. Positions order siblings; numbering is derived from them, never stored.

CREATE TABLE report (
    id               INTEGER PRIMARY KEY,
    year             INTEGER NOT NULL,
    title            TEXT    NOT NULL,
    recipient        TEXT,                      -- 主送机关
    issued_on        TEXT,                      -- 成文日期, ISO yyyy-mm-dd
    template_path    TEXT,
    sealed           INTEGER NOT NULL DEFAULT 0,
    problem_layout   TEXT    NOT NULL DEFAULT 'INLINE',
    bold_headings    INTEGER NOT NULL DEFAULT 0,
    header_enabled   INTEGER NOT NULL DEFAULT 0,
    header_mark      TEXT    NOT NULL DEFAULT '',  -- 发文机关标志
    header_number    TEXT    NOT NULL DEFAULT '',  -- 发文字号
    header_signer    TEXT    NOT NULL DEFAULT '',  -- 签发人
    header_letterhead INTEGER NOT NULL DEFAULT 0,
    end_enabled      INTEGER NOT NULL DEFAULT 0,
    end_copy_to      TEXT    NOT NULL DEFAULT '',  -- 抄送
    end_printed_by   TEXT    NOT NULL DEFAULT '',  -- 印发机关
    end_print_date   TEXT,                         -- 印发日期
    created_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

CREATE TABLE issuer (
    report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      TEXT    NOT NULL,
    PRIMARY KEY (report_id, position)
);

CREATE TABLE preamble_paragraph (
    report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    text      TEXT    NOT NULL,
    PRIMARY KEY (report_id, position)
);

CREATE TABLE section (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES section(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    heading   TEXT    NOT NULL,
    style     TEXT    NOT NULL,
    role      TEXT    NOT NULL
);
CREATE INDEX section_by_report ON section(report_id, parent_id, position);

CREATE TABLE paragraph (
    section_id INTEGER NOT NULL REFERENCES section(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    PRIMARY KEY (section_id, position)
);

CREATE TABLE metric (
    id          INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    value       TEXT,
    unit        TEXT    NOT NULL DEFAULT '',
    magnitude   TEXT    NOT NULL DEFAULT 'NONE',
    approximate INTEGER NOT NULL DEFAULT 0,
    department  TEXT    NOT NULL DEFAULT '',
    prior_value TEXT,
    note        TEXT    NOT NULL DEFAULT '',
    formula     TEXT,
    precision   INTEGER,
    UNIQUE (report_id, name)
);

CREATE TABLE problem_item (
    id               INTEGER PRIMARY KEY,
    report_id        INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    text             TEXT    NOT NULL,
    category         TEXT    NOT NULL DEFAULT '',
    responsible_unit TEXT    NOT NULL DEFAULT '',
    measure          TEXT    NOT NULL DEFAULT '',
    deadline         TEXT,
    status           TEXT    NOT NULL DEFAULT 'OPEN'
);

CREATE TABLE attachment (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    title     TEXT    NOT NULL,
    body      TEXT    NOT NULL DEFAULT ''       -- paragraphs separated by a line feed
);
