-- Forms being typed, saved as the worker types so nothing is lost when the
-- window closes. Kept here, encrypted, never in the webview's storage.
CREATE TABLE drafts (
    key TEXT PRIMARY KEY,                          -- e.g. person:new, person:42
    content TEXT NOT NULL,                         -- JSON, as typed
    updated_at TEXT NOT NULL
);
