import { AppLogger } from './app-logger';

describe('AppLogger', () => {
  let written: string[];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    written = [];
    spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => spy.mockRestore());

  it('keeps Nest’s line-per-route start-up chatter out of the log level, but not the app’s own lines', () => {
    const logger = new AppLogger({ logLevel: 'log', logFormat: 'json' });
    logger.log('Mapped {/api/health, GET} route', 'RouterExplorer');
    logger.log('SeedModule dependencies initialized', 'InstanceLoader');
    logger.log('Listening on http://localhost:3000', 'Kohtaamo');
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0])).toMatchObject({ level: 'log', context: 'Kohtaamo', message: 'Listening on http://localhost:3000' });
  });

  it('writes readable text lines when asked to, and shows the chatter at debug level', () => {
    const logger = new AppLogger({ logLevel: 'debug', logFormat: 'text' });
    logger.log('Mapped {/api/health, GET} route', 'RouterExplorer');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/DEBUG.*\[RouterExplorer\].*Mapped \{\/api\/health, GET\} route/);
    expect(() => JSON.parse(written[0])).toThrow();
  });
});
