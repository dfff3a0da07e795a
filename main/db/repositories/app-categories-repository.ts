// The user's category per phone (device record) and package: the highest-priority input of
// classification (main/classify). Removing a choice puts the app back to its automatic category.
import type { SqliteDatabase } from '../sqlite-database';

export interface AppCategoriesRepository {
  /** package name → category id, for one device record. */
  list(deviceId: number): Promise<ReadonlyMap<string, string>>;
  /** `null` removes the choice. */
  set(choice: { deviceId: number; packageName: string; categoryId: string | null }): Promise<void>;
}

const SELECT = `SELECT package_name AS packageName, category_id AS categoryId FROM app_categories
WHERE device_id = @deviceId`;
const UPSERT = `INSERT INTO app_categories (device_id, package_name, category_id, updated_at)
VALUES (@deviceId, @packageName, @categoryId, @now)
ON CONFLICT (device_id, package_name) DO UPDATE SET category_id = excluded.category_id,
  updated_at = excluded.updated_at`;
const DELETE = 'DELETE FROM app_categories WHERE device_id = @deviceId AND package_name = @packageName';

export const createAppCategoriesRepository = (
  db: SqliteDatabase,
  options: { now?: () => Date } = {},
): AppCategoriesRepository => ({
  list: async (deviceId) =>
    new Map(
      db
        .all<{ packageName: string; categoryId: string }>(SELECT, { deviceId })
        .map((row) => [row.packageName, row.categoryId]),
    ),
  set: async ({ deviceId, packageName, categoryId }) => {
    if (categoryId === null) {
      db.run(DELETE, { deviceId, packageName });
      return;
    }
    const now = (options.now?.() ?? new Date()).toISOString();
    db.run(UPSERT, { deviceId, packageName, categoryId, now });
  },
});
