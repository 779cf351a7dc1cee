package io.haven.storefront.common;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request: without a resolver RESTEasy builds a new one (and its
 * class models) for each body it reads or writes, which profiling showed as a tenth of a
 * request's CPU. Jsonb instances are thread-safe; the configuration is JSON-B's default, as before.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
