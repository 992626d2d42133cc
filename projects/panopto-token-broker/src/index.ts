// The package's entry point (`import { createTokenBroker } from 'panopto-ng-token-broker'`). The handler works
// as it is with Node's `http` and as Express middleware; `fastifyTokenBroker` registers it on Fastify.
export { createTokenBroker, TokenBrokerConfigError } from './token-broker.js';
export type { TokenBrokerHandler, TokenBrokerOptions } from './token-broker.js';
export { fastifyTokenBroker } from './fastify.js';
export type { FastifyInstanceLike, FastifyReplyLike, FastifyRequestLike } from './fastify.js';
export { parseBrokerConfig, readBrokerConfig } from './config-file.js';
export { brokerCliFromEnv, DEFAULT_BROKER_PORT } from './cli-config.js';
export type { BrokerCli } from './cli-config.js';
