package com.aftersales.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * End-to-end tests in Debian's Chromium. Skipped where /usr/bin/chromium or /usr/bin/chromedriver is missing, unless
 * AFTERSALES_REQUIRE_BROWSER=true (CI), where a missing browser fails them instead of skipping silently.
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserTest.Condition.class)
public @interface BrowserTest {

  class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if ("true".equalsIgnoreCase(System.getenv("AFTERSALES_REQUIRE_BROWSER"))) {
        return ConditionEvaluationResult.enabled("Browser required (AFTERSALES_REQUIRE_BROWSER=true)");
      }
      if (Files.isExecutable(Path.of(Chromiums.CHROMIUM)) && Files.isExecutable(Path.of(Chromiums.CHROMEDRIVER))) {
        return ConditionEvaluationResult.enabled("Chromium and chromedriver installed");
      }
      return ConditionEvaluationResult.disabled(
          "No " + Chromiums.CHROMIUM + " / " + Chromiums.CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
    }
  }
}
