package com.aftersales.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * On a failed browser test, writes the screenshot and page source of the page as it was when the test failed, and
 * the names of the steps before it (steps.txt), to target/browser-screenshots/&lt;class&gt;/&lt;test&gt;/. With
 * AFTERSALES_BROWSER_SCREENSHOTS=always every step is captured (screenshot and source) and written for passing tests
 * too (to look at the screens).
 */
public class Screenshots implements AfterTestExecutionCallback {

  static final Path ROOT = Path.of("target", "browser-screenshots");
  /** AFTERSALES_BROWSER_SCREENSHOTS=always: every step screenshotted and written, passed or failed. */
  static final boolean ALWAYS = "always".equalsIgnoreCase(System.getenv("AFTERSALES_BROWSER_SCREENSHOTS"));

  /** Implemented by browser test classes: the browser of the running test, or null. */
  public interface HasBrowser {
    Browser browser();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) throws Exception {
    if (context.getExecutionException().isEmpty() && !ALWAYS) {
      return;
    }
    Object test = context.getRequiredTestInstance();
    if (!(test instanceof HasBrowser hasBrowser) || hasBrowser.browser() == null) {
      return;
    }
    Browser browser = hasBrowser.browser();
    browser.screenshot(context.getExecutionException().map(e -> "failed: " + e.getClass().getSimpleName()).orElse("passed"));
    Path dir = ROOT.resolve(context.getRequiredTestClass().getSimpleName()).resolve(context.getRequiredTestMethod().getName());
    Files.createDirectories(dir);
    List<Browser.Step> steps = browser.steps();
    for (int i = 0; i < steps.size(); i++) {
      Browser.Step step = steps.get(i);
      String base = String.format("%02d-%s", i + 1, step.name().replaceAll("[^A-Za-z0-9]+", "-"));
      write(dir.resolve(base + ".png"), () -> step.png());
      write(dir.resolve(base + ".html"), () -> step.html() == null ? null : step.html().getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("steps.txt"), steps.stream().map(Browser.Step::name).toList(), StandardCharsets.UTF_8);
  }

  private static void write(Path file, Supplier<byte[]> content) throws IOException {
    byte[] bytes = content.get();
    if (bytes != null) {
      Files.write(file, bytes);
    }
  }
}
