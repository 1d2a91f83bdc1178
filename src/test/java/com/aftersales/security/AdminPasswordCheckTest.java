package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

class AdminPasswordCheckTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "admin", "ADMIN", "demo", "Password", "changeme", "ChangeMe", "camunda", "boss"})
  void refusesEmptyDefaultAndUserIdPasswords(String password) {
    assertThat(AdminPasswordPolicy.violation("boss", password)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "S3cret!", "elevenchars", "bossbossboss", "BossBoss", "aaaaaaaaaaaaaa", "Administrator"})
  void refusesShortRepeatedAndUserIdDerivedPasswords(String password) {
    assertThat(AdminPasswordPolicy.violation("boss", password)).isPresent();
  }

  @Test
  void namesTheMinimumLengthWhenThePasswordIsTooShort() {
    assertThat(AdminPasswordPolicy.violation("admin", "x")).hasValueSatisfying(reason ->
        assertThat(reason).contains("shorter than 12 characters"));
    assertThat(AdminPasswordPolicy.violation("admin", "r3pair-Desk")).isPresent();
    assertThat(AdminPasswordPolicy.violation("admin", "r3pair-Desk4")).isEmpty();
  }

  @Test
  void acceptsAPasswordNobodyGuesses() {
    assertThat(AdminPasswordPolicy.violation("admin", "r3pair-Desk-47!")).isEmpty();
  }

  @Test
  void productionProfileWithoutAdminPasswordFailsFast() throws IOException {
    StandardEnvironment environment = postgresEnvironment(Map.of());

    assertThatThrownBy(() -> new AdminPasswordCheck().postProcessEnvironment(environment, new SpringApplication()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("postgres")
        .hasMessageContaining("CAMUNDA_ADMIN_PASSWORD");
  }

  @Test
  void productionProfileWithDefaultAdminPasswordFailsFast() throws IOException {
    StandardEnvironment environment = postgresEnvironment(Map.of("CAMUNDA_ADMIN_PASSWORD", "Camunda"));

    assertThatThrownBy(() -> new AdminPasswordCheck().postProcessEnvironment(environment, new SpringApplication()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("well-known default");
  }

  @Test
  void productionProfileWithAOneCharacterAdminPasswordFailsFast() throws IOException {
    StandardEnvironment environment = postgresEnvironment(Map.of("CAMUNDA_ADMIN_PASSWORD", "x"));

    assertThatThrownBy(() -> new AdminPasswordCheck().postProcessEnvironment(environment, new SpringApplication()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("shorter than 12 characters");
  }

  @Test
  void productionProfileWithStrongAdminPasswordStarts() throws IOException {
    StandardEnvironment environment =
        postgresEnvironment(Map.of("CAMUNDA_ADMIN_USER", "chief", "CAMUNDA_ADMIN_PASSWORD", "r3pair-Desk-47!"));

    assertThatCode(() -> new AdminPasswordCheck().postProcessEnvironment(environment, new SpringApplication()))
        .doesNotThrowAnyException();
    assertThat(environment.getProperty("camunda.bpm.admin-user.id")).isEqualTo("chief");
    assertThat(environment.getProperty("aftersales.demo-users", Boolean.class)).isFalse();
  }

  @Test
  void otherProfilesAreNotChecked() {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "test", Map.of("camunda.bpm.admin-user.id", "admin", "camunda.bpm.admin-user.password", "admin")));

    assertThatCode(() -> new AdminPasswordCheck().postProcessEnvironment(environment, new SpringApplication()))
        .doesNotThrowAnyException();
  }

  /** The real application-postgres.yml with the given environment variables. */
  private static StandardEnvironment postgresEnvironment(Map<String, Object> variables) throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    environment.setActiveProfiles("postgres");
    // Only the variables given here, whatever this machine's environment holds.
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
    new YamlPropertySourceLoader()
        .load("application-postgres", new ClassPathResource("application-postgres.yml"))
        .forEach(source -> environment.getPropertySources().addLast(source));
    return environment;
  }
}
