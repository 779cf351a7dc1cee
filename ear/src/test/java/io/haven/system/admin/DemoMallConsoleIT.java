package io.haven.system.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.haven.mall.boundary.DemoPointsMall;
import io.haven.system.SystemDeployment;
import io.haven.tenancy.boundary.DemoEnterprise;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The living demo (issue 10) in the console of the suite's seeded server, as the README's demo
 * admin first sees it: the total inventory, the sub-inventories, the listings, the groups, the
 * redemption records and the members are full, not empty states.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoMallConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SystemDeployment.ear();
  }

  @Test
  void theDemoAdminFindsTheMallsListsFull() {
    try (var console = ConsoleBrowser.open()) {
      console.signIn(DemoEnterprise.ADMIN, "Haven-Demo-2026");

      console.go("/inventory/goods.xhtml");
      assertThat(console.text("goods:table")).contains(DemoPointsMall.LATTE, DemoPointsMall.VIDEO_CDK, DemoPointsMall.MUG);
      // the CDK pool (issue 10): its counts, and its codes masked, with the order each went to
      console.click(By.xpath("//tbody[@id='goods:table_data']/tr[contains(., '" + DemoPointsMall.VIDEO_CDK + "')]//button[contains(@id, ':cdkPool')]"));
      console.visible("cdkPoolForm:codes");
      assertThat(console.text("cdkPoolForm")).contains("已上传 40 个", "已发放", "••••0001", "未发放").doesNotContain("DEMO-VIDEO-");
      console.click(By.cssSelector("[id='cdkPoolForm:unusedOnly'] .ui-toggleswitch-slider"));
      console.awaitAjax();
      // the code handed out to the demo member's redemption (the first uploaded) is no longer listed
      console.until(d -> !console.text("cdkPoolForm:codes").contains("••••0001"));
      console.screenshot("demo-cdk-pool");

      console.go("/inventory/sub-inventories.xhtml");
      assertThat(console.text("subs:table")).contains(DemoPointsMall.RED_PACKET, DemoPointsMall.DOUBLE_POINTS, "Demo Coffee App");

      console.go("/mall/groups.xhtml");
      assertThat(console.text("groups:table")).contains(DemoPointsMall.MERCH_GROUP);

      console.go("/mall/listings.xhtml");
      assertThat(console.text("listings:table")).contains(DemoPointsMall.TOTE);

      console.go("/mall/records/redemptions.xhtml");
      assertThat(console.text("records:table")).contains(DemoPointsMall.LATTE, DemoPointsMall.MEMBER_PHONE);

      console.go("/members/members.xhtml");
      assertThat(console.text("members:table")).contains("小林 Lin", "小陈 Chen");
      // a search box filters on any input, not only on typed keys: a pasted value, then a cleared box
      paste(console, "members:search", "13800000002");
      console.until(d -> !console.text("members:table").contains("小林 Lin"));
      assertThat(console.text("members:table")).contains("小陈 Chen");
      paste(console, "members:search", "");
      console.until(d -> console.text("members:table").contains("小林 Lin"));
      console.screenshot("demo-mall-members");
    }
  }

  /** What a paste (or the browser's clear button) does: the value changes and an input event fires, no key is pressed. */
  private static void paste(ConsoleBrowser console, String id, String value) {
    ((JavascriptExecutor) console.driver)
        .executeScript(
            "var e = document.getElementById(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('input', {bubbles: true}));",
            id, value);
    console.awaitAjax();
  }
}
