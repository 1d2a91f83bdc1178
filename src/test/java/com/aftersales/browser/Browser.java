package com.aftersales.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session driven through the system's chromedriver. Both binaries are given explicitly, so
 * Selenium Manager never looks for (or downloads) a browser or driver. Every step is named as it passes; the
 * {@link Screenshots} extension writes the names and the page of the moment a test fails to
 * target/browser-screenshots/.
 */
public final class Browser implements AutoCloseable {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final Duration WAIT = Duration.ofSeconds(30);
  /** How long the first page of a freshly started application may take. */
  static final Duration FIRST_PAGE = Duration.ofSeconds(120);
  /**
   * How often a wait looks again. Selenium's default (500 ms) is paid at nearly every step of a long test while the
   * page catches up; a look is one round trip to chromedriver.
   */
  static final Duration POLL = Duration.ofMillis(100);

  record Step(String name, byte[] png, String html) {}

  private final WebDriver driver;
  private final Path profile;
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
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    try {
      profile = Files.createTempDirectory("aftersales-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-quic",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        "--lang=" + language,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    ChromeDriverService.Builder builder = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile());
    if (timeZone != null) {
      // Chromium takes its zone from the environment the driver starts it in.
      builder.withEnvironment(java.util.Map.of("TZ", timeZone));
    }
    ChromeDriverService service = builder.build();
    this.driver = new ChromeDriver(service, options);
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
   * Fills Camunda's login form and submits it. The form moves the focus to its first field when its view starts,
   * which on a busy machine can happen while the password is typed (it then lands in the user name), so both
   * fields are filled again until they hold what was typed.
   */
  void logIn(String user, String password) {
    By username = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
    By secret = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
    // The first page after the application started can take long on a busy machine (the webapp loads its bundles
    // and plugins once); the form is awaited longer than a step, later pages come from the browser's cache.
    new WebDriverWait(driver, FIRST_PAGE, POLL).until(ExpectedConditions.visibilityOfElementLocated(username));
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

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // A leftover temporary profile is harmless.
      }
    }
  }
}
