import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { Clock, SystemClock } from './clock';
import { JsonBodyMiddleware } from './json-body.middleware';
import { ServerSecrets } from './server-secrets.service';

@Global()
@Module({})
export class CommonModule implements NestModule {
  /** Tests hand in a clock they can move; the app uses the system clock. */
  static forRoot(clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: CommonModule,
      providers: [{ provide: Clock, useValue: clock }, ServerSecrets],
      exports: [Clock, ServerSecrets],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(JsonBodyMiddleware).forRoutes('*path');
  }
}
