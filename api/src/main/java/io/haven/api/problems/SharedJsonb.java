package io.haven.api.problems;

import io.haven.common.json.StrictJson;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request: without a resolver RESTEasy builds a new one (and its
 * class models) for each body it reads or writes, which profiling showed as a tenth of a
 * request's CPU. Jsonb instances are thread-safe. It is the instance of {@link StrictJson}, so the
 * API and the storefront write (and, after StrictJson's checks, bind) with one configuration.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  @Override
  public Jsonb getContext(Class<?> type) {
    return StrictJson.jsonb();
  }
}
