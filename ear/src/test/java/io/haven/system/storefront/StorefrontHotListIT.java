package io.haven.system.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.ServerStatements;
import io.haven.system.SystemDeployment;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The storefront's hot path (issue 8, B1): a goods-list page, once cached, is answered from the
 * cache without touching the database (the guard: 0 statements, counted from the datasource's
 * spy), revalidates with its entity tag (304), comes gzipped to a client that asks, and never
 * shows another tenant's goods or a listing that was changed. Without the cache, the 20 reads
 * would run the list's queries 20 times; without invalidation, the offline listing would stay.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontHotListIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void onceCachedTwentyListReadsSendNoStatementToTheDatabase() {
    MallShop shop = MallShop.open("Hot list");
    JsonObject tea = shop.goods("COUPON", "热门茶饮券", 5, 100);
    String path = goodsPath(shop, tea);
    StorefrontVisitor guest = new StorefrontVisitor();

    var filled = ServerStatements.counting(() -> guest.get(path));
    assertThat(filled.result().statusCode()).as(filled.result().body()).isEqualTo(200);
    assertThat(filled.tally().executed()).as("the filling request reads the database (the counter sees it): %s", filled.tally()).isPositive();

    List<HttpResponse<String>> reads = new ArrayList<>();
    ServerStatements.Tally cached =
        ServerStatements.count(
            () -> {
              for (int i = 0; i < 20; i++) {
                reads.add(guest.get(path));
              }
            });
    assertThat(cached.executed()).as("20 cached list reads: %s", cached).isZero();
    assertThat(reads).allSatisfy(r -> {
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo(filled.result().body());
    });
    assertThat(ServerStatements.count(() -> guest.get(path + "?page=0")).executed()).as("?page=0 is the same page").isZero();
  }

  @Test
  void theCachedAnswerCarriesTheFillingAnswersHeadersAndACurrentTagGetsNotModified() {
    MallShop shop = MallShop.open("Hot tags");
    JsonObject tea = shop.goods("COUPON", "标签茶饮券", 5, 100);
    String path = goodsPath(shop, tea);

    HttpResponse<byte[]> filling = get(path, null, null);
    HttpResponse<byte[]> cached = get(path, null, null);
    String etag = filling.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).as("a strong tag").startsWith("\"").endsWith("\"");
    for (HttpResponse<byte[]> r : List.of(filling, cached)) {
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("ETag")).hasValue(etag);
      assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, no-cache");
      assertThat(r.headers().firstValue("Vary")).hasValue("Accept-Encoding");
      assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
      assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
      assertThat(r.headers().firstValue("Content-Encoding")).as("not asked for gzip").isEmpty();
    }
    assertThat(cached.body()).isEqualTo(filling.body());

    var notModified = ServerStatements.counting(() -> get(path, etag, null));
    assertThat(notModified.result().statusCode()).isEqualTo(304);
    assertThat(notModified.result().body()).isEmpty();
    assertThat(notModified.result().headers().firstValue("ETag")).hasValue(etag);
    assertThat(notModified.tally().executed()).as("answered from the cache").isZero();
    assertThat(get(path, "\"someone-else\", W/" + etag, null).statusCode()).as("weak comparison, a list of tags").isEqualTo(304);
    assertThat(get(path, "\"stale\"", null).statusCode()).isEqualTo(200);

    // a change gives the page new content and so a new tag; the old tag is no longer current
    JsonObject cake = shop.goods("COUPON", "标签蛋糕券", 5, 200);
    HttpResponse<byte[]> changed = get(path, etag, null);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
    // back to the first content: the page is rebuilt (a miss, through JAX-RS), and still 304s
    shop.offline(cake.getJsonNumber("listingId").longValue());
    var rebuilt = ServerStatements.counting(() -> get(path, etag, null));
    assertThat(rebuilt.tally().executed()).as("rebuilt after the change").isPositive();
    assertThat(rebuilt.result().statusCode()).as("same bytes, same tag, on the filling path too").isEqualTo(304);
  }

  @Test
  void aClientThatAcceptsGzipGetsTheCompressedCopyOfTheSameJson() {
    MallShop shop = MallShop.open("Hot gzip");
    JsonObject tea = shop.goods("COUPON", "压缩茶饮券", 5, 100, b -> b.add("intro", "下午茶".repeat(40)));
    String path = goodsPath(shop, tea);

    HttpResponse<byte[]> fillingGzip = get(path, null, "gzip, deflate, br");
    HttpResponse<byte[]> cachedGzip = get(path, null, "br;q=1.0, gzip;q=0.8");
    HttpResponse<byte[]> plain = get(path, null, null);
    HttpResponse<byte[]> refused = get(path, null, "gzip;q=0, identity");
    for (HttpResponse<byte[]> r : List.of(fillingGzip, cachedGzip)) {
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
      assertThat(r.body().length).as("compressed").isLessThan(plain.body().length);
      assertThat(new String(gunzip(r.body()), StandardCharsets.UTF_8)).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
      assertThat(r.headers().firstValue("ETag")).as("another representation, another tag").isNotEqualTo(plain.headers().firstValue("ETag"));
    }
    assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(refused.body()).isEqualTo(plain.body());
    String gzipTag = cachedGzip.headers().firstValue("ETag").orElseThrow();
    assertThat(get(path, gzipTag, "gzip").statusCode()).isEqualTo(304);
  }

  @Test
  void twoTenantsListsNeverMixEvenWithTheOtherTenantsGroupInTheUrl() {
    MallShop first = MallShop.open("Hot tenant A");
    MallShop second = MallShop.open("Hot tenant B");
    JsonObject a = first.goods("COUPON", "甲方专属券", 5, 100);
    JsonObject b = second.goods("COUPON", "乙方专属券", 5, 100);
    StorefrontVisitor guest = new StorefrontVisitor();
    String pathA = goodsPath(first, a);
    String pathB = goodsPath(second, b);

    for (int round = 0; round < 2; round++) { // filling, then from the cache
      String listA = guest.get(pathA).body();
      String listB = guest.get(pathB).body();
      assertThat(listA).contains("甲方专属券").doesNotContain("乙方专属券");
      assertThat(listB).contains("乙方专属券").doesNotContain("甲方专属券");
    }
    // tenant B's storefront asked for tenant A's (cached) group: not A's page
    String crossed = "/" + second.appId() + "/api/mall/groups/" + a.getJsonNumber("groupId") + "/goods";
    for (int round = 0; round < 2; round++) {
      HttpResponse<String> r = guest.get(crossed);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
      assertThat(r.body()).doesNotContain("甲方专属券");
    }
  }

  @Test
  void aListingChangeShowsOnTheVeryNextCachedRead() {
    MallShop shop = MallShop.open("Hot change");
    JsonObject tea = shop.goods("COUPON", "即时茶饮券", 5, 100);
    JsonObject cake = shop.goods("COUPON", "即时蛋糕券", 5, 200);
    String path = goodsPath(shop, tea);
    StorefrontVisitor guest = new StorefrontVisitor();
    guest.get(path);
    assertThat(ServerStatements.counting(() -> guest.get(path).body()).result()).contains("即时茶饮券", "即时蛋糕券");

    shop.offline(cake.getJsonNumber("listingId").longValue());
    assertThat(guest.get(path).body()).contains("即时茶饮券").doesNotContain("即时蛋糕券");
    assertThat(guest.get(path).body()).as("and from the cache again").doesNotContain("即时蛋糕券");
    shop.goods("COUPON", "即时新品券", 5, 300);
    assertThat(guest.get(path).body()).contains("即时新品券");
  }

  private static String goodsPath(MallShop shop, JsonObject goods) {
    return "/" + shop.appId() + "/api/mall/groups/" + goods.getJsonNumber("groupId") + "/goods";
  }

  private static HttpResponse<byte[]> get(String path, String ifNoneMatch, String acceptEncoding) {
    HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(StorefrontVisitor.url(path))).header("Accept", "application/json");
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    try {
      return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] gunzip(byte[] bytes) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
