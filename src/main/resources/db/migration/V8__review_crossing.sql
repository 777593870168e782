-- Version 8: a reviewer's change that crosses from one place into the next (issue 12).
-- A tracked deletion can run from the end of one section into the next one's heading, or from the
-- title into the recipient, deleting the paragraph break between them. The report cannot merge two
-- sections or two fields, so such a change is kept whole and left to the officer, never applied in
-- part. The item stays on the place where it starts; this names the place it runs into.

ALTER TABLE review_item ADD COLUMN crosses_into TEXT;   -- the next place's name as the file showed it; null: within one place
