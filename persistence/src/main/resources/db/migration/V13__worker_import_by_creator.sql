-- GET /imports for a field officer lists only the imports they started, newest first (ids are
-- time-ordered), a page at a time. The table keeps every import ever made (thousands of rows
-- over the years, most of them by other users): without this index each page walks the primary
-- key backwards past everybody else's imports; with it a page reads just its own rows.
-- (Everyone else's list walks the primary key itself.)
CREATE INDEX worker_import_created_by_idx ON worker_import (created_by, id);
