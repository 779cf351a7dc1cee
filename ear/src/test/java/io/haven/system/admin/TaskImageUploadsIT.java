package io.haven.system.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.Server;
import io.haven.system.SystemDeployment;
import io.haven.system.TaskFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The task icon and contact QR fields of the console take images only, checked twice: the browser
 * refuses another type or a file over the field's size before sending it ({@code p:validateFile}),
 * and the server checks what arrives by its content ({@code UploadedImage}), whatever its name and
 * declared type — for the client that skips the browser's check, driven here over plain HTTP
 * through the very request the upload widget sends. Every refusal is a message at the field and
 * stores nothing; what is kept is the re-encoded pixels, never bytes a browser could run as HTML.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TaskImageUploadsIT {

  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final Pattern PREVIEW = Pattern.compile("/tasks/image\\?id=(\\d+)");
  private static final String HTML = "<html><body><script>alert(document.cookie)</script></body></html>";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void theQrFieldRefusesOtherFilesAtTheFieldInTheBrowserAndOnTheServer() throws Exception {
    var enterprise = Fixtures.openEnterprise("Console QR Uploads", "HOSTED_LOGIN", null);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());
      console.go("/tasks/tasks.xhtml");
      console.click("tasks:add");
      console.until(d -> d.findElement(By.id("templateDialog")).isDisplayed());
      console.click(By.cssSelector(".template-ADD_SERVICE_FRIEND"));
      console.visible("taskForm:title");
      assertThat(console.text("taskForm")).contains("PNG 或 JPG，不超过 500 KB");

      // over the field's 500 KB: refused in the browser with the limit, at the field; nothing sent
      Path big = file("qr", ".png", padded(TaskFixtures.png(48, 48, 0x07c160), 600 * 1024));
      console.driver.findElement(By.id("taskForm:qrImage_input")).sendKeys(big.toString());
      console.until(d -> fieldText(console, "qrImage", "qrMessage").contains("不得大于"));
      assertThat(fieldText(console, "qrImage", "qrMessage")).contains("500");
      assertThat(console.driver.findElements(By.cssSelector("[id='taskForm:qrPreview'] img"))).isEmpty();
      console.screenshot("admin-task-qr-too-large");

      // HTML named .png passes the browser's name check; the server reads its content and refuses
      Path html = file("qr", ".png", HTML.getBytes(StandardCharsets.UTF_8));
      console.driver.findElement(By.id("taskForm:qrImage_input")).sendKeys(html.toString());
      console.until(d -> console.text("taskForm:qrMessage").contains("只接受 PNG 和 JPG 图片"));
      assertThat(console.driver.findElements(By.cssSelector("[id='taskForm:qrPreview'] img"))).isEmpty();

      // a real QR-sized PNG is taken and shown
      Path qr = file("qr", ".png", TaskFixtures.png(120, 120, 0x07c160));
      console.driver.findElement(By.id("taskForm:qrImage_input")).sendKeys(qr.toString());
      console.until(d -> !d.findElements(By.cssSelector("[id='taskForm:qrPreview'] img")).isEmpty());
      assertThat(console.text("taskForm:qrMessage")).isEmpty();
    }
  }

  @Test
  void overHttpTheIconUploadRefusesHtmlPolyglotsAndOversizedFilesAndKeepsOnlyPixels() throws Exception {
    var enterprise = Fixtures.openEnterprise("Console Icon Uploads", "HOSTED_LOGIN", null);
    try (var console = ConsoleBrowser.open()) {
      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());
      console.go("/tasks/tasks.xhtml");
      console.click("tasks:add");
      console.until(d -> d.findElement(By.id("templateDialog")).isDisplayed());
      console.click(By.cssSelector(".template-DAILY_SIGN_IN"));
      console.visible("taskForm:title");
      Upload upload = new Upload(console, "icon");

      // HTML declared and named as a PNG: refused by its content, at the field, nothing stored
      String html = upload.send("icon.png", "image/png", HTML.getBytes(StandardCharsets.UTF_8));
      assertRefusedAtTheField(html, "只接受 PNG 和 JPG 图片");

      // a polyglot: the PNG signature, then HTML — a browser sniffing it would find the page
      byte[] signatureThenHtml = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, HTML.getBytes(StandardCharsets.UTF_8));
      String polyglot = upload.send("icon.png", "image/png", signatureThenHtml);
      assertRefusedAtTheField(polyglot, "无法读取该图片");

      // 30 MB for the 200 KB field (past Undertow's 10 MB default), as a client that skips the
      // browser's check sends it: the field's size message, not an empty 400
      String big = upload.send("icon.png", "image/png", padded(TaskFixtures.png(48, 48, 0xff5b37), 30 * 1024 * 1024));
      assertRefusedAtTheField(big, "不得大于");

      // the request is the widget's own: a real icon sent the same way is taken and shown
      assertThat(imageId(upload.send("icon.png", "image/png", TaskFixtures.png(48, 48, 0xff5b37)))).isPositive();

      // a valid PNG carrying HTML in a text chunk and after its end: taken, but only its pixels
      // are kept and served
      long id = imageId(upload.send("icon.png", "image/png", withHtml(TaskFixtures.png(48, 48, 0x3366ff))));
      HttpResponse<byte[]> served =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(Server.admin() + "/tasks/image?id=" + id)).header("Cookie", "JSESSIONID=" + console.sessionCookie()).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(served.statusCode()).isEqualTo(200);
      assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
      assertThat(new String(served.body(), StandardCharsets.ISO_8859_1)).doesNotContain("<script", "<html");
      var image = ImageIO.read(new ByteArrayInputStream(served.body()));
      assertThat(image.getWidth()).isEqualTo(48);
      assertThat(image.getRGB(10, 10) & 0xffffff).isEqualTo(0x3366ff);
    }
  }

  private static void assertRefusedAtTheField(String answer, String message) {
    assertThat(answer).as("a page update, not an error").contains("<partial-response").doesNotContain("<error>").doesNotContain("failureDialog");
    assertThat(fieldMessage(answer)).as(answer).contains(message);
    assertThat(PREVIEW.matcher(answer).find()).as("no image stored or shown: " + answer).isFalse();
  }

  /** The field's p:message as the answer renders it. */
  private static String fieldMessage(String answer) {
    Matcher update = Pattern.compile("<update id=\"taskForm:iconMessage\"><!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL).matcher(answer);
    return update.find() ? update.group(1) : "";
  }

  /** The id of the image the answer's preview shows. */
  private static long imageId(String answer) {
    assertThat(answer).doesNotContain("<error>");
    Matcher m = PREVIEW.matcher(answer);
    assertThat(m.find()).as("a preview in " + answer).isTrue();
    return Long.parseLong(m.group(1));
  }

  /** What the upload widget and the field's message say. */
  private static String fieldText(ConsoleBrowser console, String widget, String message) {
    return console.text("taskForm:" + widget) + " " + console.text("taskForm:" + message);
  }

  /** The upload widget's own ajax request (multipart, the view's state), sent from outside the browser. */
  private static final class Upload {

    private final ConsoleBrowser console;
    private final String field;

    Upload(ConsoleBrowser console, String field) {
      this.console = console;
      this.field = field;
    }

    String send(String fileName, String contentType, byte[] content) throws Exception {
      String clientId = "taskForm:" + field;
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("taskForm", "taskForm");
      fields.put("jakarta.faces.partial.ajax", "true");
      fields.put("jakarta.faces.source", clientId);
      fields.put("jakarta.faces.partial.execute", clientId);
      fields.put("jakarta.faces.partial.render", "taskForm:" + field + "Preview taskForm:" + field + "Message");
      fields.put("jakarta.faces.ViewState", console.viewState());
      // the widget says how many files it sends (PrimeFaces reads it without a check)
      fields.put(clientId + "_totalFilesCount", "1");
      String boundary = "----haven" + UUID.randomUUID();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      for (var f : fields.entrySet()) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + clientId + "\"; filename=\"" + fileName
              + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(content);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(Server.admin() + "/tasks/tasks.xhtml"))
                  .header("Cookie", "JSESSIONID=" + console.sessionCookie())
                  .header("Faces-Request", "partial/ajax")
                  .header("X-Requested-With", "XMLHttpRequest")
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      return answer.body();
    }
  }

  /** A PNG with an HTML page in a tEXt chunk after its header and again after its end marker. */
  private static byte[] withHtml(byte[] png) {
    byte[] keyword = "Comment\0".getBytes(StandardCharsets.ISO_8859_1);
    byte[] data = concat(keyword, HTML.getBytes(StandardCharsets.ISO_8859_1));
    ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length);
    byte[] typeAndData = concat("tEXt".getBytes(StandardCharsets.ISO_8859_1), data);
    chunk.put(typeAndData);
    CRC32 crc = new CRC32();
    crc.update(typeAndData);
    chunk.putInt((int) crc.getValue());
    int afterHeader = 8 + 25; // signature, then the IHDR chunk (length, type, 13 bytes, CRC)
    byte[] head = java.util.Arrays.copyOfRange(png, 0, afterHeader);
    byte[] rest = java.util.Arrays.copyOfRange(png, afterHeader, png.length);
    return concat(concat(head, chunk.array()), concat(rest, HTML.getBytes(StandardCharsets.ISO_8859_1)));
  }

  /** A real PNG followed by zeros up to {@code size} bytes: an image file too large for its field. */
  private static byte[] padded(byte[] png, int size) {
    return java.util.Arrays.copyOf(png, size);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static Path file(String prefix, String suffix, byte[] content) throws Exception {
    Path path = Files.createTempFile(prefix, suffix);
    Files.write(path, content);
    path.toFile().deleteOnExit();
    return path;
  }
}
