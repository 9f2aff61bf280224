import { DynamicModule, Logger, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../common/project-root';

/**
 * Serves the built React app (dist/web) on the API's origin, so one strict CSP covers both.
 * Every path outside /api falls back to index.html for the client-side router.
 */
@Module({})
export class WebModule {
  static forRoot(): DynamicModule {
    const rootPath = join(projectRoot(), 'dist', 'web');
    if (!existsSync(join(rootPath, 'index.html'))) {
      new Logger('Web').warn(`No built web app in ${rootPath}: run "npm run build" to serve the pages.`);
      return { module: WebModule };
    }
    return {
      module: WebModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath,
          exclude: ['/api/{*path}'],
          serveStaticOptions: { maxAge: '1h', index: false },
        }),
      ],
    };
  }
}
