-- Collecting from departments (issue 13): who reports what, where each form stands, every value a
-- metric took and where it came from, and the departments' written material (素材).
-- Times are ISO local date-times (yyyy-mm-ddThh:mm:ss); figures decimal TEXT as in V1.

CREATE TABLE department (
    id          INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,               -- matches metric.department
    contact     TEXT    NOT NULL DEFAULT '',    -- 联系人
    phone       TEXT    NOT NULL DEFAULT '',
    owes        TEXT    NOT NULL DEFAULT '',    -- 素材: a section heading or a topic
    state       TEXT    NOT NULL DEFAULT 'NOT_SENT',
    sent_at     TEXT,
    returned_at TEXT,
    UNIQUE (report_id, name)
);

CREATE TABLE metric_value (
    id          INTEGER PRIMARY KEY,
    metric_id   INTEGER NOT NULL REFERENCES metric(id) ON DELETE CASCADE,
    value       TEXT,
    department  TEXT    NOT NULL DEFAULT '',
    file        TEXT    NOT NULL DEFAULT '',
    recorded_at TEXT    NOT NULL,
    accepted_by TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX metric_value_by_metric ON metric_value(metric_id, id);

CREATE TABLE material (
    id            INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES department(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    text          TEXT    NOT NULL,
    source        TEXT    NOT NULL DEFAULT '',
    received_at   TEXT    NOT NULL
);
CREATE INDEX material_by_department ON material(department_id, position);

-- Each returned file taken, by its SHA-256, so the same form imported twice adds nothing.
CREATE TABLE form_return (
    department_id INTEGER NOT NULL REFERENCES department(id) ON DELETE CASCADE,
    digest        TEXT    NOT NULL,
    file          TEXT    NOT NULL,
    imported_at   TEXT    NOT NULL,
    PRIMARY KEY (department_id, digest)
);
