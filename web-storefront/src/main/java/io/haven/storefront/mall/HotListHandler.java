package io.haven.storefront.mall;

import io.haven.mall.control.HotListCache;
import io.haven.mall.control.HotPage;
import io.haven.storefront.common.ResponseHeaders;
import io.haven.tenancy.boundary.StorefrontProduct;
import io.haven.tenancy.control.DirectoryCache;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import jakarta.servlet.ServletContext;
import java.nio.ByteBuffer;
import java.util.Deque;
import java.util.Map;

/**
 * Answers a cached goods-list page ({@code GET|HEAD /{appId}/api/mall/groups/{groupId}/goods
 * [?page=n]}) straight from the hot-list cache on Undertow's I/O thread, before the servlet
 * machinery: no JTA transaction, EJB, CDI request scope or JAX-RS. It may, because a goods-list
 * page is the same for every member and every language (cards carry no member data, only the
 * "sold out" flag a sell-out invalidates).
 *
 * <p>It only ever reads: the appId from the directory cache, the page from the hot-list cache
 * under the product's current generation (so whatever invalidation removed is a miss at once).
 * Anything it is not sure of — another method or URL, a query it does not know, an unknown or
 * closed storefront, a page not cached — goes on to the servlet and {@link MallResource#goods},
 * which answers the same way and fills the cache. The tenant is the appId's: keys are
 * tenant → product → generation → group → page, so one tenant's page cannot answer another's URL.
 */
final class HotListHandler implements HttpHandler {

  /** The servlet-context attribute under which {@link HotListSources} leaves the caches. */
  static final String SOURCES = HotListHandler.class.getName() + ".sources";

  /** What the handler reads, once the deployment's CDI beans exist. */
  record Sources(DirectoryCache directory, HotListCache lists) {}

  static final String CACHE_CONTROL = "public, no-cache";
  private static final String GOODS_PREFIX = "/api/mall/groups/";
  private static final String GOODS_SUFFIX = "/goods";
  private static final HttpString[] SECURITY_NAMES =
      ResponseHeaders.SECURITY.stream().map(h -> new HttpString(h.name())).toArray(HttpString[]::new);
  private static final String[] SECURITY_VALUES = ResponseHeaders.SECURITY.stream().map(ResponseHeaders.Header::value).toArray(String[]::new);

  private final HttpHandler next;
  private final ServletContext context;
  private volatile Sources sources;

  HotListHandler(HttpHandler next, ServletContext context) {
    this.next = next;
    this.context = context;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    HotPage page = cachedPage(exchange);
    if (page == null) {
      next.handleRequest(exchange);
      return;
    }
    HeaderMap request = exchange.getRequestHeaders();
    boolean gzip = acceptsGzip(request.getFirst(Headers.ACCEPT_ENCODING));
    HeaderMap response = exchange.getResponseHeaders();
    for (int i = 0; i < SECURITY_NAMES.length; i++) {
      response.put(SECURITY_NAMES[i], SECURITY_VALUES[i]);
    }
    response.put(Headers.CACHE_CONTROL, CACHE_CONTROL);
    response.put(Headers.VARY, Headers.ACCEPT_ENCODING_STRING);
    response.put(Headers.ETAG, gzip ? page.gzipEtag() : page.etag());
    if (page.matches(request.getFirst(Headers.IF_NONE_MATCH))) {
      exchange.setStatusCode(StatusCodes.NOT_MODIFIED);
      exchange.endExchange();
      return;
    }
    byte[] body = gzip ? page.gzip() : page.json();
    response.put(Headers.CONTENT_TYPE, "application/json");
    response.put(Headers.CONTENT_LENGTH, body.length);
    if (gzip) {
      response.put(Headers.CONTENT_ENCODING, Headers.GZIP.toString());
    }
    if (exchange.getRequestMethod().equals(Methods.HEAD)) {
      exchange.endExchange();
      return;
    }
    exchange.getResponseSender().send(ByteBuffer.wrap(body));
  }

  /** The cached page this request asks for, or null when the normal path must answer. */
  private HotPage cachedPage(HttpServerExchange exchange) {
    HttpString method = exchange.getRequestMethod();
    if (!method.equals(Methods.GET) && !method.equals(Methods.HEAD)) {
      return null;
    }
    String path = exchange.getRelativePath(); // after the context root: /{appId}/api/mall/groups/{id}/goods
    int appEnd = path.indexOf('/', 1);
    if (appEnd < 2 || !path.startsWith(GOODS_PREFIX, appEnd) || !path.endsWith(GOODS_SUFFIX)) {
      return null;
    }
    long groupId = digits(path, appEnd + GOODS_PREFIX.length(), path.length() - GOODS_SUFFIX.length(), 18);
    int page = pageOf(exchange.getQueryParameters());
    if (groupId < 0 || page < 0) {
      return null;
    }
    Sources from = sources();
    if (from == null) {
      return null;
    }
    StorefrontProduct product = from.directory().cachedProduct(path.substring(1, appEnd));
    if (product == null || !product.isOpen()) {
      return null; // unknown yet, or closed: the normal path answers (and caches what it finds)
    }
    return from.lists().cached(product.tenantId(), product.productId(), Long.toString(groupId), page, MallResource.GOODS_PAGE_SIZE);
  }

  /** {@code page} from no query or {@code ?page=n} alone; -1 for any other query. */
  private static int pageOf(Map<String, Deque<String>> query) {
    if (query.isEmpty()) {
      return 0;
    }
    Deque<String> values = query.get("page");
    if (query.size() != 1 || values == null || values.size() != 1) {
      return -1;
    }
    String value = values.getFirst();
    long page = digits(value, 0, value.length(), 5);
    return page > MallResource.MAX_PAGE ? -1 : (int) page;
  }

  /** The decimal number in {@code s[from, to)} of at most {@code max} digits, or -1. */
  private static long digits(String s, int from, int to, int max) {
    if (to <= from || to - from > max) {
      return -1;
    }
    long n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** Whether an Accept-Encoding value accepts gzip (named, or {@code *}, with a non-zero q). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null || acceptEncoding.isEmpty()) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      int semicolon = part.indexOf(';');
      String coding = (semicolon < 0 ? part : part.substring(0, semicolon)).strip();
      if (coding.equalsIgnoreCase("gzip") || coding.equals("*")) {
        return semicolon < 0 || !refused(part.substring(semicolon + 1));
      }
    }
    return false;
  }

  /** A {@code q=0} (or 0.0, 0.00…) parameter: the coding is not acceptable. */
  private static boolean refused(String parameters) {
    for (String p : parameters.split(";")) {
      String t = p.strip();
      if (t.startsWith("q=") || t.startsWith("Q=")) {
        return t.substring(2).strip().matches("0(\\.0{0,3})?");
      }
    }
    return false;
  }

  private Sources sources() {
    Sources s = sources;
    if (s == null && context.getAttribute(SOURCES) instanceof Sources found) {
      sources = s = found;
    }
    return s;
  }
}
