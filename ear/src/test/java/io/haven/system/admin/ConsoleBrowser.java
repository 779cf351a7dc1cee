package io.haven.system.admin;

import io.haven.system.Browser;
import io.haven.system.Server;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console in a real browser, driven the way a person uses it: by the ids of its Faces
 * components ({@code form:field}), waiting for PrimeFaces' ajax requests to finish rather than
 * sleeping.
 */
final class ConsoleBrowser implements AutoCloseable {

  final WebDriver driver;
  private final WebDriverWait wait;

  private ConsoleBrowser(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    // An ajax update may replace an element between finding it and reading it: look again.
    this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  static ConsoleBrowser open() {
    return new ConsoleBrowser(Browser.open());
  }

  /** Signs in from the sign-in page and waits for whatever page comes next. */
  ConsoleBrowser signIn(String username, String password) {
    go("/login.xhtml");
    type("signIn:username", username);
    type("signIn:password", password);
    byId("signIn:submit").click();
    // a refusal shows at the top, a throttled sign-in at the password field
    wait.until(d -> !d.getCurrentUrl().contains("/login.xhtml")
        || !d.findElements(By.cssSelector("#signIn\\:messages .ui-messages-error, #signIn .ui-message-error")).isEmpty());
    return this;
  }

  void signOut() {
    byId("topbar:signOut").click();
    wait.until(ExpectedConditions.urlContains("/login.xhtml"));
  }

  void go(String path) {
    driver.get(Server.admin() + path);
  }

  WebElement byId(String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  WebElement visible(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  boolean isVisible(String id) {
    List<WebElement> found = driver.findElements(By.id(id));
    return !found.isEmpty() && found.get(0).isDisplayed();
  }

  void type(String id, String text) {
    WebElement input = visible(id);
    input.clear();
    input.sendKeys(text);
  }

  /** Clicks a button or link and waits for its ajax request (if any) to be answered. */
  void click(String id) {
    click(By.id(id));
  }

  /**
   * Clicks what {@code by} finds once it is clickable. A table that re-renders (a search's delayed
   * ajax answer) can replace the element between finding and clicking: it is then found again, as
   * a user would click the new row.
   */
  void click(By by) {
    wait.until(
        d -> {
          try {
            WebElement target = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (target == null) {
              return false;
            }
            target.click();
            return true;
          } catch (StaleElementReferenceException replaced) {
            return false;
          }
        });
    awaitAjax();
  }

  /** Answers "yes" in the page's global confirmation dialog. */
  void confirm() {
    By dialog = By.cssSelector(".ui-confirm-dialog");
    wait.until(ExpectedConditions.visibilityOfElementLocated(dialog));
    click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(dialog));
    awaitAjax();
  }

  /**
   * Picks an option of a p:selectOneMenu through its widget, as its own panel does (clicking the
   * animated overlay panel is flaky in headless Chromium).
   */
  void choose(String selectId, String value) {
    visible(selectId);
    ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", selectId, value);
    awaitAjax();
  }

  void awaitAjax() {
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete'"
                            + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                            + " && (!window.jQuery || jQuery.active === 0)"
                            + " && (!window.jQuery || jQuery(':animated').length === 0);"));
  }

  void until(java.util.function.Function<WebDriver, Boolean> condition) {
    wait.until(condition);
  }

  void awaitText(String text) {
    wait.until(d -> bodyText().contains(text));
  }

  void awaitHidden(String id) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
  }

  String text(String id) {
    return byId(id).getText();
  }

  String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String source() {
    return driver.getPageSource();
  }

  /** The latest success message (growl). */
  String growl() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message"))).getText();
  }

  String sessionCookie() {
    return driver.manage().getCookieNamed("JSESSIONID").getValue();
  }

  String viewState() {
    return driver.findElement(By.name("jakarta.faces.ViewState")).getAttribute("value");
  }

  void screenshot(String name) {
    awaitAjax();
    Browser.screenshot(driver, name);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
