package com.aftersales.security;

import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops a production start ({@code postgres} profile) before anything is created when the admin
 * password is empty or guessable; the starter would otherwise create the admin user with it.
 * Registered in META-INF/spring.factories so it runs before the application context exists.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor, Ordered {

  static final String PRODUCTION_PROFILE = "postgres";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
      return;
    }
    String userId = environment.getProperty("camunda.bpm.admin-user.id");
    String password = environment.getProperty("camunda.bpm.admin-user.password");
    Optional<String> violation = AdminPasswordPolicy.violation(userId, password);
    if (violation.isPresent()) {
      throw new IllegalStateException(
          "Refusing to start with profile '" + PRODUCTION_PROFILE + "': " + violation.get() + ".");
    }
  }

  /** After the config data (application-postgres.yml, environment variables) has been loaded. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
