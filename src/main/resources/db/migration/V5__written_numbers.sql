-- The number a heading had in the imported file and where (issue 9, decision 0015): the import numbers
-- by position, so a gap in the file (（二） then （四）) is closed in the report; the check still points at
-- it in the file. NULL for sections typed in the app, edited or moved, and for every section before V5.
ALTER TABLE section ADD COLUMN written_marker TEXT;
ALTER TABLE section ADD COLUMN written_line INTEGER;
-- 1 when written_line counts the paragraphs of a Word file, 0 for the lines of a text file
ALTER TABLE section ADD COLUMN written_in_word INTEGER;
