package io.haven.system.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.SystemDeployment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An upload request larger than the console ever reads (over 50 MB, declared) is answered 413 with
 * a sentence before any of its body is sent or parsed, instead of a parse failure or a connection
 * Undertow closes. The request is written by hand: the body is announced, never sent, so the test
 * proves nothing waited for it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleUploadLimitIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void anUploadOverTheConsolesLimitIsRefusedBeforeItsBodyIsRead() throws IOException {
    // 60 MB: over the console's bound, under Undertow's max-post-size, so the application answers
    String answer = post(60L * 1024 * 1024, "zh-CN");
    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(answer).contains("上传内容太大");
    assertThat(post(60L * 1024 * 1024, "en")).startsWith("HTTP/1.1 413").contains("at most 50 MB");
  }

  private static String post(long announced, String language) throws IOException {
    int port = Integer.getInteger("haven.it.http-port", 8180);
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /admin/login.xhtml HTTP/1.1\r\n"
              + "Host: 127.0.0.1:" + port + "\r\n"
              + "Accept-Language: " + language + "\r\n"
              + "Content-Type: multipart/form-data; boundary=x\r\n"
              + "Content-Length: " + announced + "\r\n"
              + "\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      int read;
      while ((read = in.read(buffer)) > 0) {
        answer.write(buffer, 0, read);
        if (answer.toString(StandardCharsets.UTF_8).contains("MB")) {
          break;
        }
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }
}
