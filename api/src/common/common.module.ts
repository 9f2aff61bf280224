import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { Clock, SystemClock } from './clock';
import { JsonBodyMiddleware } from './json-body.middleware';

@Global()
@Module({})
export class CommonModule implements NestModule {
  /** Tests hand in a clock they can move; the app uses the system clock. */
  static forRoot(clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: CommonModule,
      providers: [{ provide: Clock, useValue: clock }],
      exports: [Clock],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(JsonBodyMiddleware).forRoutes('*path');
  }
}
