import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AppDataSource, dataSourceOptions, tuneConnection } from './data-source';
import { TransactionRunner } from './transaction-runner';

@Global()
@Module({
  providers: [TransactionRunner],
  exports: [TransactionRunner],
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => dataSourceOptions(config),
      // Migrate before anything else touches the database: the schema only ever comes from migrations.
      dataSourceFactory: async (options) => {
        const dataSource = await new AppDataSource(options!).initialize();
        await tuneConnection(dataSource);
        await dataSource.runMigrations({ transaction: 'each' });
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}
