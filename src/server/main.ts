import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { syncCodeTables } from './seed/code-tables';
import { seedPendingEmployer } from './seed/demo-pending-employer';
import { DEMO_LOGINS, DEMO_PASSWORD, isDatabaseEmpty, seedDemoData } from './seed/seed-demo';

/** Process entry: config → migrate → code tables → demo data on an empty embedded database → listen. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = openDatabase(config.database);
  await migrateToLatest(database.db, database.dialect);
  await syncCodeTables(database.db);
  const app = await buildApp({ config, database });
  app.addHook('onClose', async () => database.db.destroy());

  const isEmpty = await isDatabaseEmpty(database.db);
  const seedDemo = config.seedDemo && database.dialect === 'sqlite' && isEmpty;
  if (seedDemo) {
    await seedDemoData(database.db, config.cohort);
    await seedPendingEmployer(database.db, app.files);
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`收到 ${signal},正在关闭`);
      void app.close().then(() => process.exit(0));
    });
  }
  await app.listen({ port: config.port, host: config.host });
  const where = config.database.dialect === 'sqlite' ? config.database.file : 'PostgreSQL';
  console.log(`\n毕业去向登记系统已启动: http://localhost:${config.port}  (数据库: ${where}, 届别: ${config.cohort})`);
  if (config.isProduction) return;
  if (isEmpty && !seedDemo) {
    console.log('数据库中还没有学校数据;开发环境可运行 npm run seed:demo 写入演示数据。');
  } else {
    console.log(`${seedDemo ? '已写入演示数据。' : ''}演示账号(密码均为 ${DEMO_PASSWORD}):`);
    for (const login of DEMO_LOGINS) console.log(`  ${login.login.padEnd(12)} ${login.role}`);
  }
  console.log(`开发环境发件箱(仅限本机访问): http://localhost:${config.port}/dev/mailbox   API 文档: http://localhost:${config.port}/api/docs\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
