package com.aftersales.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The suite's headless Chromium processes, kept between tests. Starting Chromium and its driver and loading the
 * webapps' bundles into an empty cache cost each test seconds; a test now gets a Chromium of its language and time
 * zone that an earlier test has handed back, reset to a first visit: one new tab at about:blank (a new browsing
 * context, so no session storage and no history), its size, no cookies, no local or IndexedDB storage of the
 * origins it was used on, no open dialog. Only the HTTP cache stays, as it does for a person who opens Tasklist
 * every morning. A Chromium that cannot be reset is quit. All are quit when the JVM ends.
 */
final class Chromiums {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final Dimension WINDOW = new Dimension(1400, 1000);

  /** One Chromium with its driver and profile directory. */
  static final class Session {
    final String key;
    final ChromeDriver driver;
    final Path profile;
    final Set<String> origins = new java.util.HashSet<>();

    private Session(String key, ChromeDriver driver, Path profile) {
      this.key = key;
      this.driver = driver;
      this.profile = profile;
    }
  }

  private static final Map<String, Deque<Session>> IDLE = new HashMap<>();
  private static final List<Session> ALL = new ArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Chromiums::quitAll, "chromium-quit"));
  }

  private Chromiums() {}

  /** A Chromium asking for this language (navigator.languages, Accept-Language) in this zone (null: the machine's). */
  static synchronized Session take(String language, String timeZone) {
    String key = language + "|" + timeZone;
    Deque<Session> idle = IDLE.get(key);
    if (idle != null && !idle.isEmpty()) {
      return idle.pop();
    }
    Session session = start(key, language, timeZone);
    ALL.add(session);
    return session;
  }

  /** Resets the Chromium to a first visit and keeps it for the next test; quits it when that fails. */
  static void giveBack(Session session) {
    try {
      reset(session);
    } catch (RuntimeException e) {
      // visible in the test output: a Chromium that keeps failing its reset costs every test a new one
      System.err.println("Chromium not kept for the next test, its reset failed: " + e.getMessage());
      quit(session);
      return;
    }
    synchronized (Chromiums.class) {
      IDLE.computeIfAbsent(session.key, k -> new ArrayDeque<>()).push(session);
    }
  }

  private static void reset(Session session) {
    ChromeDriver driver = session.driver;
    try {
      driver.switchTo().alert().dismiss();
    } catch (NoAlertPresentException none) {
      // nothing open
    }
    // a new tab is a new browsing context: no session storage, no history of the last test's pages
    List<String> old = new ArrayList<>(driver.getWindowHandles());
    String fresh = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
    for (String window : old) {
      driver.switchTo().window(window).close();
    }
    driver.switchTo().window(fresh);
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    for (String origin : session.origins) {
      driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin,
          "storageTypes", "cookies,local_storage,indexeddb,websql,service_workers,cache_storage,file_systems"));
    }
    session.origins.clear();
    if (!WINDOW.equals(driver.manage().window().getSize())) {
      driver.manage().window().setSize(WINDOW);
    }
  }

  private static Session start(String key, String language, String timeZone) {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    Path profile;
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
        "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(),
        "--lang=" + language,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService.Builder builder = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile());
    if (timeZone != null) {
      // Chromium takes its zone from the environment the driver starts it in.
      builder.withEnvironment(Map.of("TZ", timeZone));
    }
    return new Session(key, new ChromeDriver(builder.build(), options), profile);
  }

  private static synchronized void quitAll() {
    for (Session session : ALL) {
      quit(session);
    }
  }

  private static void quit(Session session) {
    try {
      session.driver.quit();
    } catch (RuntimeException ignored) {
      // already gone
    } finally {
      try (var files = Files.walk(session.profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | UncheckedIOException ignored) {
        // A leftover temporary profile is harmless.
      }
    }
  }
}
