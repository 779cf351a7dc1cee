package io.haven.api.problems;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Undertow lets through request targets that {@link java.net.URI} refuses (a raw {@code [} or
 * {@code ]}, {@code |}, {@code ^} …); RESTEasy, the signature check and the idempotency filter all
 * build a URI from them and fail with a 500. Such a request is the client's mistake: it is answered
 * 400 problem+json here, before any of them runs, and logged at DEBUG only.
 */
public class UnparsablePaths implements ServletExtension {

  private static final Logger LOG = Logger.getLogger(UnparsablePaths.class.getName());
  private static final byte[] PROBLEM =
      ("{\"type\":\"" + ProblemType.BAD_REQUEST.uri() + "\",\"title\":\"" + ProblemType.BAD_REQUEST.title
              + "\",\"status\":400,\"detail\":\"The request path or query holds characters a URI may not contain;"
              + " percent-encode them\"}")
          .getBytes(StandardCharsets.UTF_8);

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addInitialHandlerChainWrapper(
        next ->
            exchange -> {
              if (isParsable(exchange)) {
                next.handleRequest(exchange);
                return;
              }
              LOG.log(Level.FINE, "refused a request target java.net.URI cannot parse");
              exchange.setStatusCode(StatusCodes.BAD_REQUEST);
              exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, Problem.MEDIA_TYPE);
              exchange.getResponseSender().send(java.nio.ByteBuffer.wrap(PROBLEM));
            });
  }

  static boolean isParsable(HttpServerExchange exchange) {
    return isParsable(exchange.getRequestURI(), exchange.getQueryString());
  }

  /** As the runtime will read it: the raw path and query, as one URI reference. */
  static boolean isParsable(String rawPath, String rawQuery) {
    try {
      new URI(rawQuery == null || rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery);
      return true;
    } catch (URISyntaxException refused) {
      return false;
    }
  }
}
