import express, { type Express } from 'express';
import { join } from 'node:path';
import { AppError } from '../errors.js';

/**
 * The built client. Hashed assets are immutable for a year; index.html is revalidated so a
 * deploy is seen at once. Any other GET outside /api and /socket.io is a client route.
 */
export function serveClient(app: Express, clientDir: string): void {
  const index = join(clientDir, 'index.html');
  app.use(
    '/assets',
    express.static(join(clientDir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  app.get('/{*splat}', (req, res, next) => {
    if (req.path.startsWith('/api/') || req.path.startsWith('/socket.io')) return next(new AppError('not_found'));
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
}

/** Product images. Their URLs carry a content hash (`?v=`), so a year of caching is safe. */
export function serveImages(app: Express, imagesDir: string): void {
  app.use(
    '/images',
    express.static(imagesDir, { immutable: true, maxAge: '365d', index: false, fallthrough: false, dotfiles: 'deny' }),
  );
}
