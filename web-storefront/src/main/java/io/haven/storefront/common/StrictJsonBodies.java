package io.haven.storefront.common;

import io.haven.common.json.JsonRefused;
import io.haven.common.json.StrictJson;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Every JSON body of the storefront is read by {@link StrictJson} (the partner API reads its bodies the
 * same way): an application provider, so RESTEasy prefers it to its lenient JSON-B reader. A
 * refusal travels as a ProcessingException, the way the runtime reports unreadable bodies, and is
 * answered by {@link UnreadableBodyMapper}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonBodies implements MessageBodyReader<Object> {

  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type);
  }

  @Override
  public Object readFrom(
      Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, String> headers, InputStream body) throws IOException {
    byte[] bytes = body.readAllBytes(); // bounded by the server's max-post-size
    if (bytes.length == 0) {
      return null; // no body: a required one is refused by its @NotNull, an optional one is absent
    }
    try {
      return StrictJson.read(bytes, genericType);
    } catch (JsonRefused refused) {
      throw new ProcessingException(refused.getMessage(), refused);
    } catch (JsonbException unbound) {
      // the right JSON types, but a value JSON-B cannot make into its field (a date like 1990-13-45):
      // reported as RESTEasy's own reader reports it
      throw new ProcessingException(unbound.getMessage(), unbound);
    }
  }
}
