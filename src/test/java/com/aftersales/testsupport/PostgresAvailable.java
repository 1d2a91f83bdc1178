package com.aftersales.testsupport;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks tests that run against the local PostgreSQL 15 (localhost:5432, database aftersales_test). A
 * newcomer without PostgreSQL sees them skipped; CI sets AFTERSALES_REQUIRE_POSTGRES=true so they can never
 * be skipped silently there.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresAvailable.Condition.class)
public @interface PostgresAvailable {

  class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if ("true".equalsIgnoreCase(System.getenv("AFTERSALES_REQUIRE_POSTGRES"))) {
        return ConditionEvaluationResult.enabled("PostgreSQL required (AFTERSALES_REQUIRE_POSTGRES=true)");
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("localhost", 5432), 500);
        return ConditionEvaluationResult.enabled("PostgreSQL listens on localhost:5432");
      } catch (IOException e) {
        return ConditionEvaluationResult.disabled("No PostgreSQL on localhost:5432 (see README)");
      }
    }
  }
}
