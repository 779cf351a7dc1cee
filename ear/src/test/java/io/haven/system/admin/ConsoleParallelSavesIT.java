package io.haven.system.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.Fixtures.Enterprise;
import io.haven.system.Parallel;
import io.haven.system.Server;
import io.haven.system.SystemDeployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Twenty console users (each signed in with a session and a page of their own) opened the same
 * record and press save at the same moment. Exactly one save is kept; each of the others is told
 * on the form that someone else changed the record (a stale edit, or the write conflict the
 * database decided) — never the error dialog, never a 500. Without {@code ConflictingWrites} and
 * {@code WriteConflictMessages} the losers whose update collided in the database got the error
 * dialog (an {@code OptimisticLockException} the views do not catch).
 *
 * <p>The form the save posts is read once from a real browser (every field, as PrimeFaces sends
 * it); the twenty saves are then posted over plain HTTP so that they really overlap.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleParallelSavesIT {

  /** How the race went (stale edits vs. commit-time conflicts): context in the test log, not an assertion. */
  private static final System.Logger LOG = System.getLogger(ConsoleParallelSavesIT.class.getName());


  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final String SAVED_LISTING = "商品“";
  private static final String STALE = "该记录已被他人修改";
  private static final String CONFLICT = "其他人同时修改了此内容";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void twentyParallelSavesOfOneListingKeepOneAndTellTheOthers() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Parallel Listing Saves", "HOSTED_LOGIN", null);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    MallData.Goods cup = MallData.goods(e, "Race Cup " + suffix, "PHYSICAL", 20, 10, false);
    long listing = MallData.listing(e, cup.subInventoryId(), "Race " + suffix, 10, false);

    Map<String, String> form = openedForm(e, "/mall/listings.xhtml", "listings:table:0:edit", "listingForm");
    assertThat(form).containsKey("listingForm:displayName");
    List<HttpResponse<String>> answers =
        saveInParallel(
            e,
            new Save("/mall/listings.xhtml", "listings:table:0:edit", "listing", listing, "listingDialog messages", "listingForm", form),
            i -> Map.of("listingForm:displayName", "Race " + suffix + " by " + i));

    List<String> kept = outcomes(answers, SAVED_LISTING);
    assertThat(kept).as("exactly one save is kept").hasSize(1);
    // the name on the record is the one the winner typed
    try (var console = ConsoleBrowser.open()) {
      console.signIn(e.adminUsername(), e.adminPassword());
      console.go("/mall/listings.xhtml");
      assertThat(console.text("listings:table")).contains(kept.get(0));
    }
  }

  @Test
  void twentyParallelSavesOfOneGroupKeepOneAndTellTheOthers() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Parallel Group Saves", "HOSTED_LOGIN", null);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    // the default group is row 0; the custom group made here is the one edited
    String group = "Race Group " + suffix;
    Map<String, String> form;
    long groupId;
    try (var console = ConsoleBrowser.open()) {
      console.signIn(e.adminUsername(), e.adminPassword());
      console.go("/mall/groups.xhtml");
      console.click("groups:add");
      console.type("groupForm:name", group);
      console.type("groupForm:sortOrder", "10");
      console.click("groupForm:save");
      console.awaitHidden("groupDialog");
      groupId = Long.parseLong(rowParameter(console, "groups:table:1:edit", "group"));
      console.click("groups:table:1:edit");
      console.visible("groupForm:name");
      form = fields(console, "groupForm");
    }
    List<HttpResponse<String>> answers =
        saveInParallel(
            e,
            new Save("/mall/groups.xhtml", "groups:table:1:edit", "group", groupId, "groupDialog messages", "groupForm", form),
            i -> Map.of("groupForm:name", group + " " + i, "groupForm:sortOrder", String.valueOf(20 + i)));

    assertThat(outcomes(answers, "分组“")).as("exactly one save is kept").hasSize(1);
  }

  /** A row's edit button, the form its dialog holds and what the browser would post from it. */
  private record Save(String page, String editButton, String rowParameter, long rowId, String editRender, String formId, Map<String, String> fields) {}

  /**
   * Signs twenty sessions in, opens the record's edit dialog in a page of each (all on the same
   * version), then posts the twenty saves at once; {@code changes} gives each racer its own input.
   */
  private static List<HttpResponse<String>> saveInParallel(
      Enterprise e, Save save, java.util.function.IntFunction<Map<String, String>> changes) throws Exception {
    List<Console> consoles = new ArrayList<>();
    for (int i = 0; i < Parallel.TIMES; i++) {
      Console console = Console.signIn(e.adminUsername(), e.adminPassword());
      console.open(save.page());
      HttpResponse<String> opened = console.rowAction(save.editButton(), save.rowParameter(), save.rowId(), save.editRender());
      assertThat(opened.body()).as("the edit dialog opened").contains(save.formId()).doesNotContain("<error>");
      consoles.add(console);
    }
    String saveButton = save.formId() + ":save";
    return Parallel.twenty(i -> {
      Map<String, String> fields = new LinkedHashMap<>(save.fields());
      fields.putAll(changes.apply(i));
      return consoles.get(i).ajax(saveButton, save.formId(), save.formId() + " growl messages", fields);
    });
  }

  /**
   * Every answer is a page update (no 5xx, no error for the failure dialog) saying either that the
   * record was saved or why not; answers the saved messages.
   */
  private static List<String> outcomes(List<HttpResponse<String>> answers, String savedText) {
    List<String> saved = new ArrayList<>();
    long stale = answers.stream().filter(a -> a.body().contains(STALE)).count();
    long conflicts = answers.stream().filter(a -> a.body().contains(CONFLICT)).count();
    // which way each loser lost depends on timing: both are fine, and both are shown in the log
    LOG.log(System.Logger.Level.INFO, "parallel console saves: {0} stale edits, {1} write conflicts", stale, conflicts);
    for (HttpResponse<String> answer : answers) {
      String body = answer.body();
      assertThat(answer.statusCode()).as(body).isEqualTo(200);
      assertThat(body).as("a page update, not an error").contains("<partial-response").doesNotContain("<error>").doesNotContain("failureDialog");
      Matcher kept = Pattern.compile(Pattern.quote(savedText) + "([^”]+)”").matcher(body);
      if (kept.find()) {
        saved.add(kept.group(1));
      } else {
        assertThat(body).as("the loser is told why").containsAnyOf(STALE, CONFLICT);
      }
    }
    return saved;
  }

  /** The fields of {@code formId} once the browser opened the first row's edit dialog on {@code page}. */
  private static Map<String, String> openedForm(Enterprise e, String page, String editButton, String formId) {
    try (var console = ConsoleBrowser.open()) {
      console.signIn(e.adminUsername(), e.adminPassword());
      console.go(page);
      console.click(editButton);
      console.visible(formId);
      return fields(console, formId);
    }
  }

  /** What PrimeFaces would post from the form: every enabled field with its current value. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> fields(ConsoleBrowser console, String formId) {
    List<List<String>> pairs =
        (List<List<String>>)
            ((JavascriptExecutor) console.driver)
                .executeScript("return jQuery(document.getElementById(arguments[0])).serializeArray().map(f => [f.name, f.value]);", formId);
    Map<String, String> fields = new LinkedHashMap<>();
    pairs.stream().filter(p -> !p.get(0).equals("jakarta.faces.ViewState")).forEach(p -> fields.put(p.get(0), p.get(1)));
    return fields;
  }

  /** The row id a row button carries in its {@code <f:param>}, read from its onclick. */
  private static String rowParameter(ConsoleBrowser console, String button, String parameter) {
    String onclick = console.byId(button).getAttribute("onclick");
    Matcher m = Pattern.compile("name:\"" + parameter + "\",value:\"?(\\d+)").matcher(onclick);
    assertThat(m.find()).as(onclick).isTrue();
    return m.group(1);
  }

  /** One console user's own session and page, over plain HTTP. */
  private static final class Console {

    private final HttpClient http =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
    private String page;
    private String viewState;

    static Console signIn(String username, String password) {
      Console console = new Console();
      console.open("/login.xhtml");
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("signIn", "signIn");
      fields.put("signIn:username", username);
      fields.put("signIn:password", password);
      fields.put("signIn:submit", "");
      fields.put("jakarta.faces.ViewState", console.viewState);
      HttpResponse<String> answer = console.post(console.page, fields, false);
      assertThat(answer.uri().getPath()).as("signed in").doesNotContain("login.xhtml");
      return console;
    }

    void open(String path) {
      page = path;
      HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(Server.admin() + path)).GET().build());
      assertThat(answer.statusCode()).isEqualTo(200);
      Matcher m = VIEW_STATE.matcher(answer.body());
      assertThat(m.find()).as("a view state on " + path).isTrue();
      viewState = m.group(1);
    }

    /** A row button's ajax request for {@code rowId}, as its click sends it. */
    HttpResponse<String> rowAction(String button, String parameter, long rowId, String render) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put(parameter, String.valueOf(rowId));
      fields.put(button.substring(0, button.indexOf(':')), button.substring(0, button.indexOf(':')));
      return ajax(button, button, render, fields);
    }

    HttpResponse<String> ajax(String source, String execute, String render, Map<String, String> form) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("jakarta.faces.partial.ajax", "true");
      fields.put("jakarta.faces.source", source);
      fields.put("jakarta.faces.partial.execute", execute);
      fields.put("jakarta.faces.partial.render", render);
      fields.put(source, source);
      fields.putAll(form);
      fields.put("jakarta.faces.ViewState", viewState);
      return post(page, fields, true);
    }

    private HttpResponse<String> post(String path, Map<String, String> fields, boolean ajax) {
      String body = fields.entrySet().stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue())).collect(Collectors.joining("&"));
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(Server.admin() + path))
              .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
              .POST(HttpRequest.BodyPublishers.ofString(body));
      if (ajax) {
        request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
      }
      return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private static String encode(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }
}
