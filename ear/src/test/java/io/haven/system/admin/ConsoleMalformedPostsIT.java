package io.haven.system.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.Fixtures.Enterprise;
import io.haven.system.Rows;
import io.haven.system.Server;
import io.haven.system.ServerLog;
import io.haven.system.SystemDeployment;
import io.haven.system.TaskFixtures;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Console form posts that no browser sends, made by hand from a signed-in session and a real
 * page's view state (issue 9): a form holding a file field ({@code h:inputFile}, the level badge)
 * posted as {@code application/x-www-form-urlencoded}, and an upload without the file count
 * PrimeFaces' own script always adds. Each is answered 400 with the console's sentence on the page
 * (ajax or not) — never the error dialog, a 500 page or a stack trace — and nothing is stored.
 * The same request made as the page makes it is then accepted, so each refusal is the malformed
 * part's doing and not a broken request.
 *
 * <p>Before {@code MalformedFormPosts} the first answered PrimeFaces' error dialog (Undertow's
 * {@code UT010016 Not a multi part request}), the second the same with a {@code
 * NumberFormatException} from {@code FileUpload.validateValue}, each logged at ERROR.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleMalformedPostsIT {

  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final String MALFORMED = "提交的表单不完整或格式不对，未保存任何内容";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void aFileFormPostedUrlEncodedIsRefusedWithAMessageAndStoresNothing() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Malformed Level Posts", "HOSTED_LOGIN", null);
    String level = "Urlencoded " + UUID.randomUUID().toString().substring(0, 6);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(e.adminUsername(), e.adminPassword());
      console.go("/members/levels.xhtml");
      console.click("levels:add");
      console.visible("levelForm");
      Map<String, String> fields = fields(console, "levelForm");
      fields.put("levelForm:name", level);
      fields.put("levelForm:minGrowth", "100");
      Post save = new Post(console, "/members/levels.xhtml");
      long logMark = ServerLog.mark();

      // the save button's ajax request, urlencoded instead of multipart
      HttpResponse<String> ajax = save.ajax("levelForm:save", "levelForm", "levelForm growl messages", fields, Map.of(), false);
      assertRefused(ajax);
      assertThat(ajax.body()).contains("<partial-response").doesNotContain("failureDialog").doesNotContain("Exception");

      // the same as a whole-page post (no ajax): the page again, with the sentence, status 400
      Map<String, String> page = new LinkedHashMap<>(fields);
      page.put("levelForm:save", "");
      HttpResponse<String> full = save.page(page);
      assertRefused(full);
      assertThat(full.body()).contains("<html");

      assertThat(Rows.value("select count(*) from member_level where tenant_id = ? and name = ?", e.tenantId(), level)).as("nothing stored").isZero();
      assertThat(incidents(logMark)).as("a client's mistake, not an incident").isEmpty();

      // the very same save, multipart with its badge as the page sends it, is taken
      HttpResponse<String> right =
          save.ajax("levelForm:save", "levelForm", "levelForm growl messages", fields, Map.of("levelForm:badge", TaskFixtures.png(64, 64, 0x2266aa)), true);
      assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
      assertThat(right.body()).contains("已新增等级").doesNotContain("<error>");
      assertThat(Rows.value("select count(*) from member_level where tenant_id = ? and name = ?", e.tenantId(), level)).isEqualTo(1);
    }
  }

  @Test
  void anUploadWithoutPrimeFacesFileCountIsRefusedWithAMessageAndStoresNothing() throws Exception {
    Enterprise e = Fixtures.openEnterprise("Malformed Upload Posts", "HOSTED_LOGIN", null);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(e.adminUsername(), e.adminPassword());
      console.go("/tasks/tasks.xhtml");
      console.click("tasks:add");
      console.until(d -> d.findElement(By.id("templateDialog")).isDisplayed());
      console.click(By.cssSelector(".template-DAILY_SIGN_IN"));
      console.visible("taskForm:title");
      Post upload = new Post(console, "/tasks/tasks.xhtml");
      Map<String, byte[]> icon = Map.of("taskForm:icon", TaskFixtures.png(48, 48, 0xff5b37));
      String render = "taskForm:iconPreview taskForm:iconMessage messages";
      long logMark = ServerLog.mark();

      // the widget's own request without "taskForm:icon_totalFilesCount", then with a count that is no number
      HttpResponse<String> missing = upload.ajax("taskForm:icon", "taskForm:icon", render, Map.of("taskForm", "taskForm"), icon, true);
      assertRefused(missing);
      assertThat(missing.body()).contains("<partial-response").doesNotContain("failureDialog").doesNotContain("Exception");
      HttpResponse<String> garbled =
          upload.ajax("taskForm:icon", "taskForm:icon", render, Map.of("taskForm", "taskForm", "taskForm:icon_totalFilesCount", "one"), icon, true);
      assertRefused(garbled);
      assertThat(garbled.body()).contains("<partial-response").doesNotContain("failureDialog").doesNotContain("Exception");
      assertThat(missing.body() + garbled.body()).as("no image shown").doesNotContain("/tasks/image?id=");
      assertThat(Rows.value("select count(*) from task_image where tenant_id = ?", e.tenantId())).as("nothing stored").isZero();
      assertThat(incidents(logMark)).as("a client's mistake, not an incident").isEmpty();

      // with the count, as the widget sends it, the icon is taken and shown
      HttpResponse<String> right =
          upload.ajax("taskForm:icon", "taskForm:icon", render, Map.of("taskForm", "taskForm", "taskForm:icon_totalFilesCount", "1"), icon, true);
      assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
      assertThat(right.body()).contains("/tasks/image?id=").doesNotContain("<error>");
      assertThat(Rows.value("select count(*) from task_image where tenant_id = ?", e.tenantId())).isEqualTo(1);
    }
  }

  /**
   * 400 and the console's sentence; no error for the failure dialog (an ajax {@code <error>}), no
   * stack trace. (A whole page always carries the dialog's markup and the ajax exception handlers'
   * widgets, used only on an ajax error.)
   */
  private static void assertRefused(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body())
        .contains(MALFORMED)
        .doesNotContain("<error>")
        .doesNotContain("\tat ")
        .doesNotContain("Caused by")
        .doesNotContain("UT010016")
        .doesNotContain("NumberFormatException");
  }

  /**
   * What the server logged at WARN or ERROR since {@code mark}. Mojarra itself logs an exception
   * of an ajax request at INFO before any exception handler sees it; an incident would be a WARN
   * or ERROR (PrimeFaces' handler logs what it answers with the error dialog at ERROR).
   */
  private static List<String> incidents(long mark) {
    return ServerLog.since(mark).lines().filter(l -> l.matches("^\\S+ \\S+ +(ERROR|WARN) .*") || l.matches("^\\S+ +(ERROR|WARN) .*")).toList();
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

  /** Posts to a page of the browser's session, with the page's view state, by hand. */
  private static final class Post {

    private final String cookie;
    private final String viewState;
    private final String path;

    Post(ConsoleBrowser console, String path) {
      this.cookie = "JSESSIONID=" + console.sessionCookie();
      this.viewState = console.viewState();
      this.path = path;
    }

    HttpResponse<String> ajax(String source, String execute, String render, Map<String, String> form, Map<String, byte[]> files, boolean multipart) throws Exception {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("jakarta.faces.partial.ajax", "true");
      fields.put("jakarta.faces.source", source);
      fields.put("jakarta.faces.partial.execute", execute);
      fields.put("jakarta.faces.partial.render", render);
      if (!files.containsKey(source)) {
        fields.put(source, source);
      }
      fields.putAll(form);
      fields.put("jakarta.faces.ViewState", viewState);
      return send(fields, files, multipart, true);
    }

    HttpResponse<String> page(Map<String, String> form) throws Exception {
      Map<String, String> fields = new LinkedHashMap<>(form);
      fields.put("jakarta.faces.ViewState", viewState);
      return send(fields, Map.of(), false, false);
    }

    private HttpResponse<String> send(Map<String, String> fields, Map<String, byte[]> files, boolean multipart, boolean ajax) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Server.admin() + path)).header("Cookie", cookie);
      if (multipart) {
        String boundary = "----hostile" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
          body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
        }
        for (var f : files.entrySet()) {
          body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"; filename=\"image.png\"\r\nContent-Type: image/png\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
          body.writeBytes(f.getValue());
          body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        request.header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
      } else {
        String body = fields.entrySet().stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue())).collect(Collectors.joining("&"));
        request.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body));
      }
      if (ajax) {
        request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
      }
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }
}
