package com.aftersales.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One test's headless Chromium, driven through the system's chromedriver ({@link Chromiums} keeps the processes
 * between tests and gives each test one reset to a first visit). Both binaries are given explicitly, so Selenium
 * Manager never looks for (or downloads) a browser or driver. Every step is named as it passes; the
 * {@link Screenshots} extension writes the names and the page of the moment a test fails to
 * target/browser-screenshots/.
 */
public final class Browser implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(30);
  /** How long the first page of a freshly started application may take. */
  static final Duration FIRST_PAGE = Duration.ofSeconds(120);
  /**
   * How often a wait looks again. Selenium's default (500 ms) is paid at nearly every step of a long test while the
   * page catches up; a look is one round trip to chromedriver.
   */
  static final Duration POLL = Duration.ofMillis(100);

  record Step(String name, byte[] png, String html) {}

  private final Chromiums.Session session;
  private final WebDriver driver;
  private final String baseUrl;
  private final String language;
  private final List<Step> steps = new ArrayList<>();

  /** A browser whose language is English (en-US), as the other browser tests expect the webapps' texts. */
  Browser(String baseUrl) {
    this(baseUrl, "en-US", null);
  }

  /**
   * A browser asking for the given language (navigator.languages and Accept-Language), such as zh-CN: the Camunda
   * webapps choose their locale file by it.
   *
   * @param timeZone the zone the browser runs in (its TZ), e.g. Asia/Shanghai for staff in China; null = the
   *     machine's
   */
  Browser(String baseUrl, String language, String timeZone) {
    this.baseUrl = baseUrl;
    this.language = language;
    this.session = Chromiums.take(language, timeZone);
    this.driver = session.driver;
    session.origins.add(java.net.URI.create(baseUrl).resolve("/").toString().replaceAll("/$", ""));
  }

  WebDriver driver() {
    return driver;
  }

  /** The language the browser asks for, as the form coverage names it: "zh-CN" for Chinese, else "en". */
  String language() {
    return language.startsWith("zh") ? "zh-CN" : "en";
  }

  List<Step> steps() {
    return steps;
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  /**
   * Remembers the step's name, and the page (screenshot and source) when every step's screens are asked for
   * (AFTERSALES_BROWSER_SCREENSHOTS=always). Capturing the page costs Chromium a render, a PNG encoding and the
   * page's serialisation, as long as a short step itself on a busy machine; a failed test gets the page of the moment
   * it failed from {@link Screenshots} and the names of the steps before it.
   */
  void step(String name) {
    if (Screenshots.ALWAYS) {
      screenshot(name);
    } else {
      steps.add(new Step(name, null, null));
    }
  }

  /** Remembers what the page looks like now (screenshot and source), under the step's name. */
  void screenshot(String name) {
    try {
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      steps.add(new Step(name, png, driver.getPageSource()));
    } catch (RuntimeException e) {
      steps.add(new Step(name + " (no screenshot: " + e.getMessage() + ")", null, null));
    }
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT, POLL).until(condition);
  }

  WebElement visible(By by) {
    return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * Waits for an element of the first page a browser opens after the application started, which can take long on a
   * busy machine (the webapp loads its bundles and plugins once): up to {@link #FIRST_PAGE} instead of a step's wait.
   */
  WebElement visibleOnFirstPage(By by) {
    return new WebDriverWait(driver, FIRST_PAGE, POLL).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  WebElement clickable(By by) {
    return waitFor(ExpectedConditions.elementToBeClickable(by));
  }

  /**
   * Clicks once the element is clickable and nothing lies over it: while Tasklist is still laying out a form (slow
   * on a busy machine) another field can sit at the click point for a moment, so the click is retried briefly.
   */
  void click(By by) {
    for (int attempt = 1; ; attempt++) {
      WebElement element = clickable(by);
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
      try {
        element.click();
        return;
      } catch (org.openqa.selenium.ElementClickInterceptedException
          | org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 10) {
          throw e;
        }
        sleep(300);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  void type(By by, String text) {
    WebElement element = visible(by);
    element.clear();
    element.sendKeys(text);
  }

  /**
   * Signs the browser in to a Camunda webapp (tasklist, cockpit, admin, welcome) by the request its sign-in form
   * sends, from a page of the application: the browser keeps the session cookie the answer sets. Any earlier
   * session of the browser is dropped first.
   */
  void signIn(String webapp, String user, String password) {
    session.driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    // a page of the application: its answer brings a new session and the CSRF token the webapps send back
    open("/camunda/api/engine/engine/");
    Object status = ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const token = (document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/) || [])[1] || '';"
            + "fetch('/camunda/api/admin/auth/user/default/login/' + arguments[0], {method: 'POST',"
            + " headers: {'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json',"
            + " 'X-XSRF-TOKEN': decodeURIComponent(token)},"
            + " body: new URLSearchParams({username: arguments[1], password: arguments[2]})})"
            + ".then(r => done(r.status)).catch(e => done(String(e)));",
        webapp, user, password);
    if (!Long.valueOf(200).equals(status)) {
      throw new IllegalStateException("Signing in to " + webapp + " as " + user + " answered " + status);
    }
    step("signed in as " + user);
  }

  /**
   * Fills Camunda's login form and submits it. The form moves the focus to its first field when its view starts,
   * which on a busy machine can happen while the password is typed (it then lands in the user name), so both
   * fields are filled again until they hold what was typed.
   */
  void logIn(String user, String password) {
    By username = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
    By secret = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
    visibleOnFirstPage(username);
    for (int attempt = 1; ; attempt++) {
      type(username, user);
      type(secret, password);
      if (user.equals(visible(username).getDomProperty("value")) && password.equals(visible(secret).getDomProperty("value"))) {
        break;
      }
      if (attempt == 5) {
        throw new IllegalStateException("The login form kept losing what was typed for " + user);
      }
      sleep(300);
    }
    step("login form filled as " + user);
    click(By.cssSelector("form[name='signinForm'] button[type='submit']"));
  }

  String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Hands the Chromium back for the next test, reset to a first visit ({@link Chromiums}). */
  @Override
  public void close() {
    Chromiums.giveBack(session);
  }
}
