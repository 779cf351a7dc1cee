package io.haven.api.signature;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * The nonces of accepted requests, per appId, in the server's bounded {@code api-nonces} cache. A
 * nonce is kept 11 minutes: longer than the 2 x 300 s in which its timestamp can be accepted, so a
 * replay is refused for as long as it could otherwise pass.
 */
@ApplicationScoped
public class SeenNonces {

  static final long KEEP_SECONDS = 2 * SignatureCheck.WINDOW_SECONDS + 60;

  @Resource(lookup = "java:jboss/infinispan/cache/haven/api-nonces")
  Cache<String, Long> nonces;

  /** Records the nonce; false if this appId used it before (a replay). Atomic per key. */
  public boolean firstUse(String appId, String nonce, long timestamp) {
    return nonces.putIfAbsent(appId + ' ' + nonce, timestamp, KEEP_SECONDS, TimeUnit.SECONDS) == null;
  }
}
