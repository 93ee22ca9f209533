-- Deadline explanations are stored as steps (JSON: the kind of each step
-- and its dates), said in the worker's language when shown, instead of a
-- French sentence. Rows written before hold the sentence: every open
-- dossier's deadlines are recomputed once by the application, as after
-- 0007 (the table is empty unless 0007 just ran).
INSERT INTO derived_stale (since_version) VALUES (8);
