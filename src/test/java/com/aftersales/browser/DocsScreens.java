package com.aftersales.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Screens of the desk and the customer's pages for the README, rendered by the browser tests themselves: always to
 * target/screens/, and to docs/screens/ when AFTERSALES_UPDATE_SCREENS=true (as WebappLanguageBrowserTest does).
 */
final class DocsScreens {

  private DocsScreens() {}

  static void save(Browser browser, String fileName) {
    byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
    boolean update = "true".equalsIgnoreCase(System.getenv("AFTERSALES_UPDATE_SCREENS"));
    for (Path dir : update ? new Path[] {Path.of("target", "screens"), WebappLanguageBrowserTest.SCREENS}
        : new Path[] {Path.of("target", "screens")}) {
      try {
        Files.createDirectories(dir);
        Files.write(dir.resolve(fileName), png);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
