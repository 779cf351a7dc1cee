package io.haven.bench.driver;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures B1 (cached hot list vs. a static file), B2 (HTTP redemptions on one hot item vs. the raw
 * SQL ceiling) and B3 (signed, idempotent completions vs. the raw JDBC loop of their writes) against a running
 * Haven, and writes bench/RESULTS.md. Run by bench/run, which starts the server; every ratio's
 * numerator and denominator come from the same run on the same machine.
 */
public final class Bench {

  static final int STOREFRONT_MEMBERS = 256;
  static final int PARTNER_MEMBERS = 32;
  static final String PASSWORD = "Bench-Pass-2026";

  private final Map<String, String> options;
  private final Http http;
  private final double seconds;
  private final List<String> lines = new ArrayList<>();

  private Bench(Map<String, String> options) {
    this.options = options;
    this.http = new Http(options.get("base"));
    this.seconds = Double.parseDouble(options.getOrDefault("seconds", "15"));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new java.util.HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      options.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    new Bench(options).run();
  }

  private void run() throws Exception {
    JsonObject scenario = http.post("/bench-fixtures/scenario", "{}").expect(200).json();
    String appId = scenario.getString("appId");
    log("scenario: appId " + appId + ", listing " + scenario.get("listingId") + ", group " + scenario.get("groupId") + ", stock " + scenario.get("stock") + ", task " + scenario.getString("taskCode"));

    if ("B3".equals(options.get("only"))) {
      // --only=B3: the partner completions alone, e.g. to measure that path without B1/B2's load
      log(String.format(java.util.Locale.ROOT, "B3 partner-completion ratio: %.2f",
          completions(appId, scenario.getString("secret"), scenario.getString("taskCode"))));
      return;
    }
    List<String> cookies = signUpMembers(appId);
    http.post("/bench-fixtures/scenario/" + appId + "/points", "{\"amount\":100000000}").expect(200);

    double b1 = hotList(appId, scenario.getJsonNumber("groupId").longValue());
    Redemption b2 = redemptions(appId, scenario.getJsonNumber("listingId").longValue(), cookies);
    double b3 = completions(appId, scenario.getString("secret"), scenario.getString("taskCode"));

    Report.write(Path.of(options.get("results")), options.get("command"), b1, b2, b3, lines);
  }

  /** Hosted sign-up through the storefront: each member gets the session cookie a phone would. */
  private List<String> signUpMembers(String appId) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<String>> cookies = new ArrayList<>();
    long base = 13_900_000_000L + (System.currentTimeMillis() % 1_000_000) * 100;
    for (int i = 0; i < STOREFRONT_MEMBERS; i++) {
      String phone = Long.toString(base + i);
      cookies.add(
          pool.submit(
              () -> {
                Http.Answer answer =
                    http.post("/store/" + appId + "/api/members", "{\"phone\":\"" + phone + "\",\"password\":\"" + PASSWORD + "\",\"nickname\":\"bench\"}")
                        .expect(201);
                return String.join("; ", answer.headers().getOrDefault("set-cookie", List.of()).stream().map(c -> c.split(";", 2)[0]).toList());
              }));
    }
    List<String> result = new ArrayList<>();
    for (Future<String> cookie : cookies) {
      result.add(cookie.get());
    }
    pool.shutdown();
    log("signed up " + result.size() + " storefront members");
    return result;
  }

  /** B1: the cached goods-list JSON against a static file of the same bytes, same server. */
  private double hotList(String appId, long groupId) throws Exception {
    String listPath = "/store/" + appId + "/api/mall/groups/" + groupId + "/goods?page=0";
    Http.Answer list = http.get(listPath).expect(200);
    Path staticFile = Path.of(options.get("static-dir"), "bench-hot-list.json");
    Files.writeString(staticFile, list.body());
    String staticUrl = http.url("/bench-hot-list.json");
    String body = http.get("/bench-hot-list.json").expect(200).body();
    if (!body.equals(list.body())) {
      throw new IllegalStateException("the static copy does not serve the same bytes");
    }
    int wrkSeconds = (int) Math.max(5, seconds);
    Wrk.requestsPerSecond(http.url(listPath), 64, 3); // warm-up, not counted
    Wrk.requestsPerSecond(staticUrl, 64, 3);
    double cached = 0;
    double file = 0;
    for (int round = 0; round < 2; round++) {
      cached += Wrk.requestsPerSecond(http.url(listPath), 64, wrkSeconds);
      file += Wrk.requestsPerSecond(staticUrl, 64, wrkSeconds);
    }
    log(String.format("B1 list %d bytes: cached JSON %.0f req/s, static file %.0f req/s (wrk -t2 -c64, 2 x %ds each)", body.length(), cached / 2, file / 2, wrkSeconds));
    return cached / file;
  }

  record Redemption(Measured[] http, Measured[] raw, long oversold) {}

  /** B2: members redeeming one hot item over HTTP, against the raw SQL ceiling. */
  private Redemption redemptions(String appId, long listingId, List<String> cookies) throws Exception {
    JsonObject before = http.get("/bench-fixtures/scenario/" + appId + "/stock/" + listingId).expect(200).json();
    String path = "/store/" + appId + "/api/mall/listings/" + listingId + "/redemptions";
    int[] levels = {64, 256};
    Measured[] viaHttp = new Measured[levels.length];
    Measured[] raw = new Measured[levels.length];
    RawSqlCeiling ceiling = new RawSqlCeiling(options.get("jdbc-url"), options.get("jdbc-user"), options.get("jdbc-password"));
    ceiling.prepare();
    for (int i = 0; i < levels.length; i++) {
      viaHttp[i] =
          ClosedLoop.run(
              "http-redeem",
              levels[i],
              3,
              seconds,
              (worker, sequence) -> {
                Http.Answer answer = http.post(path, "{\"quantity\":1,\"deviceId\":\"bench-device-" + worker + "\"}", "Cookie", cookies.get(worker));
                if (answer.status() / 100 == 2) {
                  return ClosedLoop.Outcome.OK;
                }
                return answer.status() == 409 ? ClosedLoop.Outcome.REFUSED : ClosedLoop.Outcome.FAILED;
              });
      log(viaHttp[i].line());
      raw[i] = ceiling.measure(levels[i], 3, seconds);
      log(raw[i].line());
    }
    JsonObject after = http.get("/bench-fixtures/scenario/" + appId + "/stock/" + listingId).expect(200).json();
    long taken = before.getJsonNumber("available").longValue() - after.getJsonNumber("available").longValue();
    long redeemed = after.getJsonNumber("redemptions").longValue() - before.getJsonNumber("redemptions").longValue();
    long oversold = Math.max(0, redeemed - taken) + Math.max(0, -after.getJsonNumber("available").longValue());
    log("B2 stock taken " + taken + ", redemptions written " + redeemed + ", available now " + after.getJsonNumber("available"));
    return new Redemption(viaHttp, raw, oversold);
  }

  /**
   * B3: signed, idempotent member-task completions against the raw JDBC loop of the writes one
   * must make (RawCompletionCeiling), same concurrency; the unsigned no-op POST is a context line.
   */
  private double completions(String appId, String secret, String taskCode) throws Exception {
    PartnerCalls partner = new PartnerCalls(http, appId, secret);
    for (int i = 0; i < PARTNER_MEMBERS; i++) {
      partner.post("/api/v1/members", "{\"memberId\":\"bench-" + i + "\"}", "bench-sync-" + appId + "-" + i).expect(200, 201);
    }
    String path = "/api/v1/member-tasks/" + taskCode + "/completions";
    String run = Long.toString(System.nanoTime(), 36);
    Measured signed =
        ClosedLoop.run(
            "signed-completion",
            PARTNER_MEMBERS,
            3,
            seconds,
            (worker, sequence) -> {
              String body = "{\"memberId\":\"bench-" + worker + "\",\"occurredAt\":\"" + Instant.now() + "\",\"reference\":\"r-" + run + "-" + sequence + "\"}";
              int status = partner.post(path, body, "k-" + run + "-" + sequence).status();
              return status / 100 == 2 ? ClosedLoop.Outcome.OK : status == 409 ? ClosedLoop.Outcome.REFUSED : ClosedLoop.Outcome.FAILED;
            });
    log(signed.line());
    Measured noop =
        ClosedLoop.run(
            "unsigned-noop",
            PARTNER_MEMBERS,
            3,
            seconds,
            (worker, sequence) -> {
              String body = "{\"memberId\":\"bench-" + worker + "\",\"occurredAt\":\"" + Instant.now() + "\",\"reference\":\"r-" + run + "-" + sequence + "\"}";
              return http.post("/bench-fixtures/noop", body).status() == 204 ? ClosedLoop.Outcome.OK : ClosedLoop.Outcome.FAILED;
            });
    log(noop.line() + " (context: the stack's floor for a POST)");
    RawCompletionCeiling ceiling = new RawCompletionCeiling(options.get("jdbc-url"), options.get("jdbc-user"), options.get("jdbc-password"));
    ceiling.prepare(PARTNER_MEMBERS);
    Measured raw = ceiling.measure(PARTNER_MEMBERS, 3, seconds);
    log(raw.line());
    if (signed.failed() > 0 || noop.failed() > 0 || raw.failed() > 0) {
      throw new IllegalStateException("B3 calls failed: " + signed.line() + " / " + noop.line() + " / " + raw.line());
    }
    return signed.perSecond() / raw.perSecond();
  }

  private void log(String line) {
    System.out.println("bench: " + line);
    lines.add(line);
  }
}
