package io.haven.system.api;

import io.haven.examples.HavenSigner;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * Signs each request of the generated Java client (openapi-generator, library {@code native}) with
 * the partners' signer from api/examples, as api/README shows partners: the generated client
 * builds a {@link HttpRequest.Builder} and hands it to its request interceptor before sending, so
 * the interceptor reads the method, the raw path and query and the body bytes, and adds the four
 * headers.
 */
final class SigningInterceptor implements Consumer<HttpRequest.Builder> {

  private final HavenSigner signer;

  SigningInterceptor(HavenSigner signer) {
    this.signer = signer;
  }

  @Override
  public void accept(HttpRequest.Builder builder) {
    HttpRequest request = builder.copy().build();
    URI uri = request.uri();
    String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    byte[] body = request.bodyPublisher().map(SigningInterceptor::bytes).orElse(new byte[0]);
    signer.headers(request.method(), pathAndQuery, body).forEach(builder::setHeader);
  }

  /** The bytes a body publisher will send: a publisher of the generated client can be read again. */
  private static byte[] bytes(HttpRequest.BodyPublisher publisher) {
    CompletableFuture<byte[]> done = new CompletableFuture<>();
    publisher.subscribe(new Flow.Subscriber<ByteBuffer>() {
      private final ByteArrayOutputStream out = new ByteArrayOutputStream();

      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(ByteBuffer item) {
        byte[] chunk = new byte[item.remaining()];
        item.get(chunk);
        out.writeBytes(chunk);
      }

      @Override
      public void onError(Throwable failure) {
        done.completeExceptionally(failure);
      }

      @Override
      public void onComplete() {
        done.complete(out.toByteArray());
      }
    });
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
