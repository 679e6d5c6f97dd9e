import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { FileStore } from '../files/file-store';
import { syncCodeTables } from './code-tables';
import { seedPendingEmployer } from './demo-pending-employer';
import { DEMO_LOGINS, DEMO_PASSWORD, isDatabaseEmpty, seedDemoData } from './seed-demo';

/** `npm run seed:demo`: demo data on demand, never in production, never over existing data. */
const config = loadConfig();
if (config.isProduction) {
  console.error('生产环境 (NODE_ENV=production) 不允许写入演示数据');
  process.exit(1);
}
const { db, dialect } = openDatabase(config.database);
try {
  await migrateToLatest(db, dialect);
  await syncCodeTables(db);
  if (await isDatabaseEmpty(db)) {
    await seedDemoData(db, config.cohort);
    await seedPendingEmployer(db, new FileStore(config.fileDirectory));
    console.log(`演示数据已写入 (${dialect}, ${config.cohort} 届)。登录密码均为 ${DEMO_PASSWORD}:`);
    for (const login of DEMO_LOGINS) console.log(`  ${login.login.padEnd(12)} ${login.role}`);
  } else {
    console.log('数据库中已有学校数据,未写入演示数据。');
  }
} finally {
  await db.destroy();
}
