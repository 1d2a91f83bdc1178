package com.aftersales.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The running application and a fresh headless Chromium per test, screenshots of every step on failure. */
@BrowserTest
@ExtendWith(Screenshots.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserScenario implements Screenshots.HasBrowser {

  @LocalServerPort int port;

  Browser browser;

  @Override
  public Browser browser() {
    return browser;
  }

  /** The zone the browser runs in; null = the machine's. */
  String browserTimeZone() {
    return null;
  }

  @BeforeEach
  void openBrowser() {
    browser = new Browser("http://localhost:" + port, "en-US", browserTimeZone());
  }

  /** Replaces this test's browser by one asking for the given language (e.g. zh-CN). */
  void reopenBrowserIn(String language) {
    browser.close();
    browser = new Browser("http://localhost:" + port, language, browserTimeZone());
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }
}
