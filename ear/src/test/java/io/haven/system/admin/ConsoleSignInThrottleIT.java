package io.haven.system.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.system.Fixtures;
import io.haven.system.SystemDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Console sign-in throttling (issue 9): after five wrong passwords for one username the form says
 * at the password field how long to wait, instead of checking another password; after the wait
 * the right password signs in, and the enterprise admin finds the failures in the audit view.
 * (The system-test server's first delay is 3 s; see arquillian.xml.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleSignInThrottleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void wrongPasswordsAreThrottledAtThePasswordFieldAndAudited() throws Exception {
    var enterprise = Fixtures.openEnterprise("Console Throttle", null, null);
    try (var console = ConsoleBrowser.open()) {
      for (int i = 1; i <= 4; i++) {
        console.signIn(enterprise.adminUsername(), "Wrong-Pass-" + i);
        assertThat(console.text("signIn:messages")).as("attempt " + i).contains("用户名或密码错误");
      }
      console.signIn(enterprise.adminUsername(), "Wrong-Pass-5");
      assertThat(fieldMessage(console)).as("the fifth failure starts the wait").contains("登录失败次数过多");

      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());
      assertThat(console.driver.getCurrentUrl()).as("even the right password waits").contains("/login.xhtml");
      assertThat(fieldMessage(console)).contains("登录失败次数过多").containsPattern("[0-9]+ 秒");
      console.screenshot("admin-sign-in-throttled");

      Thread.sleep(3500);
      console.signIn(enterprise.adminUsername(), enterprise.adminPassword());
      assertThat(console.driver.getCurrentUrl()).as("after the wait").doesNotContain("/login.xhtml");

      console.go("/tenancy/audit.xhtml");
      String audit = console.text("audit:table");
      assertThat(audit.split("登录失败", -1).length - 1).as("five failed sign-ins in the audit view").isEqualTo(5);
    }
  }

  private static String fieldMessage(ConsoleBrowser console) {
    return console.driver.findElement(By.cssSelector("#signIn .ui-message-error")).getText();
  }
}
