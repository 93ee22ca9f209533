-- Frozen letters: what was printed is kept byte for byte, with what it was
-- made from, and follows its life (printed, sent with its LRAR number, AR
-- received). `template_id` (0002) holds the letter's id in its procedure,
-- `language` the letter's language; the explanation sheet's language is
-- `explain_language`. `content` is the composed text (JSON) the PDF was laid
-- out from, for the preview: the PDF bytes are never regenerated.
ALTER TABLE letters ADD COLUMN law_as_of TEXT NOT NULL DEFAULT '';
ALTER TABLE letters ADD COLUMN explain_language TEXT;
ALTER TABLE letters ADD COLUMN content TEXT NOT NULL DEFAULT '{}';
ALTER TABLE letters ADD COLUMN status TEXT NOT NULL DEFAULT 'printed'
    CHECK (status IN ('printed', 'sent', 'received'));
ALTER TABLE letters ADD COLUMN tracking_number TEXT;
ALTER TABLE letters ADD COLUMN sent_on TEXT;                 -- YYYY-MM-DD
ALTER TABLE letters ADD COLUMN received_on TEXT;             -- YYYY-MM-DD, the AR
ALTER TABLE letters ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
