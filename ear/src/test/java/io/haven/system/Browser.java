package io.haven.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages (chromium, chromium-driver), driven by Selenium. There is
 * no fallback: a machine without them fails here, loudly, with the command that installs them.
 */
public final class Browser {

  private Browser() {}

  public static WebDriver open() {
    File chromium = new File(System.getProperty("haven.chromium", "/usr/bin/chromium"));
    File driver = new File(System.getProperty("haven.chromedriver", "/usr/bin/chromedriver"));
    if (!chromium.canExecute() || !driver.canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver (looked for "
              + chromium + " and " + driver + ")");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-quic", "--no-first-run", "--window-size=1280,900", "--lang=zh-CN");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return browser;
  }

  /** A mobile-sized browser, as members use the storefront. */
  public static WebDriver openPhone() {
    WebDriver browser = open();
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    return browser;
  }

  /** Saves what the browser shows, for reading a failure afterwards. */
  public static void screenshot(WebDriver browser, String name) {
    try {
      Path dir = Path.of(System.getProperty("haven.it.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } catch (Exception e) {
      // a screenshot is a diagnostic; never let it hide the test's own failure
    }
  }
}
