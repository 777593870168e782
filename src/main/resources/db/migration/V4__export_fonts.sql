-- 字体方案 of the export (issue 14): GB2312 faces (the default), Windows' stock faces, or the template's own.
-- Numbered 4: versions 2 and 3 are the review and collect migrations.
ALTER TABLE report ADD COLUMN font_scheme TEXT NOT NULL DEFAULT 'GB2312';
