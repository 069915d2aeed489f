import fs from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { NestPinoLogger } from './common/logging/logger.js';
import { requestLogging } from './common/logging/request-logging.js';
import { rejectNulCharacters } from './common/graphql/reject-nul-characters.js';
import { type Dependencies, startDependencies } from './runtime/dependencies.js';

export interface RunningServer {
  app: INestApplication;
  dependencies: Dependencies;
  /** Where the server listens, as a browser on this machine reaches it. */
  url: string;
  close(): Promise<void>;
}

const SERVER_PATHS = ['/graphql', '/media', '/health', '/api'];

/**
 * Starts everything SIM-SE needs (database and search, embedded or not), then the HTTP
 * server with GraphQL, uploads, health and the built web app. `close` stops it in order.
 */
export async function startServer(config: AppConfig, logger: Logger): Promise<RunningServer> {
  const dependencies = await startDependencies(config, logger);
  let app: NestExpressApplication | undefined;
  try {
    app = await NestFactory.create<NestExpressApplication>(
      AppModule.register({ config, dependencies, logger }),
      { logger: new NestPinoLogger(logger), bodyParser: false },
    );
    app.disable('x-powered-by');
    app.set('trust proxy', config.trustProxy);
    app.use(requestLogging(logger));
    app.use(express.json({ limit: '1mb' }));
    app.use('/graphql', rejectNulCharacters);
    app.use(cookieParser());
    app.use(securityHeaders);
    serveWebApp(app, config.webDistDir, logger);

    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://localhost:${port}`;

    const running = app;
    return {
      app: running,
      dependencies,
      url,
      close: async () => {
        await running.close();
        await dependencies.stop();
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await dependencies.stop();
    throw error;
  }
}

function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  next();
}

/**
 * The pages load only our own scripts, styles, images and API; user HTML is sanitised on
 * the server, and this stops whatever might slip through from running or calling out.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Serves the built React app, and its index.html for every page route it owns. */
function serveWebApp(app: NestExpressApplication, webDistDir: string, logger: Logger): void {
  const indexFile = path.join(webDistDir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    logger.warn({ folder: webDistDir }, 'the web app is not built; run `npm run build`');
  }
  app.use(
    '/assets',
    express.static(path.join(webDistDir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      fallthrough: false,
    }),
  );
  app.use(
    express.static(webDistDir, {
      index: false,
      maxAge: '1h',
      // The page itself, even asked for by name, is never cached and always under the policy.
      setHeaders: (res, file) => {
        if (!file.endsWith('.html')) return;
        res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
        res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !SERVER_PATHS.some((prefix) => req.path.startsWith(prefix));
    if (!isPage) return next();
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    if (!fs.existsSync(indexFile)) {
      res
        .status(503)
        .type('text/plain')
        .send('SIM-SE web app is not built yet: run `npm run build`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    // Relative to its folder: `send` refuses paths through a dot-folder anywhere above it.
    res.sendFile(path.basename(indexFile), { root: path.dirname(indexFile) });
  });
}
