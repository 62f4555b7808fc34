-- Tracks every seeded item at once: one directus_sync_id_map row per item, with a random UUID as
-- its SyncID, exactly the rows `directus-sync pull` would add one request at a time (it needs
-- several seconds per item on a busy 2-core machine, hours at scale 1). The built-in items
-- (Administrator role and policy, public policy, settings) are left to directus-sync, which gives
-- them its fixed placeholders. Run with sqlite3 on a stopped instance's data.db.
BEGIN;
CREATE TEMP VIEW bench_untracked AS
  SELECT 'folders' AS tbl, CAST(id AS TEXT) AS local_id FROM directus_folders
  UNION ALL SELECT 'roles', id FROM directus_roles WHERE name <> 'Administrator'
  UNION ALL SELECT 'policies', id FROM directus_policies WHERE admin_access = 0 AND name NOT LIKE '$t:%'
  UNION ALL SELECT 'permissions', CAST(id AS TEXT) FROM directus_permissions
  UNION ALL SELECT 'flows', id FROM directus_flows
  UNION ALL SELECT 'operations', id FROM directus_operations
  UNION ALL SELECT 'dashboards', id FROM directus_dashboards
  UNION ALL SELECT 'panels', id FROM directus_panels
  UNION ALL SELECT 'translations', id FROM directus_translations
  UNION ALL SELECT 'presets', CAST(id AS TEXT) FROM directus_presets WHERE user IS NULL;
INSERT INTO directus_sync_id_map (`table`, sync_id, local_id)
  SELECT tbl,
         lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' ||
               substr('89ab', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12)),
         local_id
  FROM (SELECT tbl, local_id, hex(randomblob(16)) AS h FROM bench_untracked) AS u
  WHERE NOT EXISTS (SELECT 1 FROM directus_sync_id_map m WHERE m.`table` = u.tbl AND m.local_id = u.local_id);
SELECT `table`, count(*) FROM directus_sync_id_map GROUP BY `table`;
COMMIT;
