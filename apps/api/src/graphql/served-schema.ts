// The schema the API serves, printed from the code-first resolvers without a database or Redis: the
// web console's codegen reads it (apps/web/schema.graphql), and a unit test fails when the snapshot
// and the resolvers drift apart.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { MoneyScalar } from '@techmarket/shared';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AppModule } from '../app.module.js';

// @Resolver() marks its class as an entry provider (Nest's watermark), with or without a type
const RESOLVER_WATERMARK = '__entryProvider__';
type Klass = abstract new (...args: never[]) => unknown;

/** Every class with @Resolver() reachable from a module's imports and providers. */
export function resolverClasses(root: unknown): Klass[] {
  const found = new Set<Klass>();
  const seen = new Set<unknown>();
  const visit = (mod: unknown): void => {
    if (!mod || seen.has(mod)) return;
    seen.add(mod);
    const dynamic =
      typeof mod === 'object'
        ? (mod as { module?: unknown; imports?: unknown[]; providers?: unknown[] })
        : null;
    const klass = dynamic?.module ?? mod;
    const imports = [
      ...((Reflect.getMetadata('imports', klass as object) as unknown[] | undefined) ?? []),
      ...(dynamic?.imports ?? []),
    ];
    const providers = [
      ...((Reflect.getMetadata('providers', klass as object) as unknown[] | undefined) ?? []),
      ...(dynamic?.providers ?? []),
    ];
    for (const provider of providers)
      if (typeof provider === 'function' && Reflect.getMetadata(RESOLVER_WATERMARK, provider) === true)
        found.add(provider as Klass);
    for (const imported of imports) visit(imported);
  };
  visit(root);
  return [...found];
}

/** The SDL of the served schema, sorted as the API serves it (sortSchema). */
export async function printServedSchema(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app
      .get(GraphQLSchemaFactory)
      .create(resolverClasses(AppModule) as never[], [MoneyScalar] as never[]);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
