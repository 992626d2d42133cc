// The broker as a Fastify plugin. Fastify parses JSON bodies before a handler runs, so the parsed body is handed
// to the broker on the raw request (http-helpers' readBody() takes it from `req.body`), and the reply is
// hijacked: the broker writes the raw Node response itself, as it does under `http` and Express. The types are
// the few members used, so the package does not depend on Fastify.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createTokenBroker, type TokenBrokerOptions } from './token-broker.js';

/** The part of a Fastify request the plugin reads. */
export interface FastifyRequestLike {
  readonly raw: IncomingMessage;
  readonly body?: unknown;
}

/** The part of a Fastify reply the plugin uses. */
export interface FastifyReplyLike {
  readonly raw: ServerResponse;
  hijack(): unknown;
}

/** The part of a Fastify instance the plugin uses. */
export interface FastifyInstanceLike {
  route(route: {
    method: string[];
    url: string;
    handler: (request: FastifyRequestLike, reply: FastifyReplyLike) => void;
  }): unknown;
}

/**
 * Registers `POST {basePath}/token`, `/refresh` and `/logout` (and their CORS preflights) on a Fastify app.
 * Options are those of `createTokenBroker()` and are validated when the plugin is registered. Put the routes
 * under a path with `basePath`, not with Fastify's `prefix`: the broker matches the full request path.
 *
 * @example
 * ```ts
 * import Fastify from 'fastify';
 * import { fastifyTokenBroker } from 'panopto-ng-token-broker';
 * const app = Fastify();
 * await app.register(fastifyTokenBroker, { basePath: '/panopto-broker', panoptoServerUrl: 'https://myuni.hosted.panopto.com',
 *   clientId: 'id', clientSecret: process.env.PANOPTO_BROKER_CLIENT_SECRET!, allowedOrigins: ['https://app.example.edu'] });
 * ```
 */
export async function fastifyTokenBroker(app: FastifyInstanceLike, options: TokenBrokerOptions): Promise<void> {
  const broker = createTokenBroker(options);
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  for (const route of ['token', 'refresh', 'logout']) {
    app.route({
      method: ['POST', 'OPTIONS'],
      url: `${basePath}/${route}`,
      handler(request, reply) {
        reply.hijack();
        if (request.body !== undefined) (request.raw as IncomingMessage & { body?: unknown }).body = request.body;
        broker(request.raw, reply.raw);
      },
    });
  }
}
