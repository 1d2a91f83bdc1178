package com.aftersales.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.AfterSalesApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The check is registered with Spring Boot: a production start stops before touching the database. */
class ProductionStartupTest {

  @Test
  void productionStartWithDefaultAdminPasswordIsRefused() {
    SpringApplicationBuilder application =
        new SpringApplicationBuilder(AfterSalesApplication.class)
            .profiles("postgres")
            .properties(
                "CAMUNDA_ADMIN_PASSWORD=changeme",
                "DATABASE_URL=jdbc:postgresql://127.0.0.1:1/none",
                "DATABASE_USER=nobody",
                "DATABASE_PASSWORD=nothing");

    assertThatThrownBy(() -> application.run().close())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Refusing to start with profile 'postgres'")
        .hasMessageContaining("well-known default");
  }

  @Test
  void productionStartWithAOneCharacterAdminPasswordIsRefused() {
    SpringApplicationBuilder application =
        new SpringApplicationBuilder(AfterSalesApplication.class)
            .profiles("postgres")
            .properties(
                "CAMUNDA_ADMIN_PASSWORD=x",
                "DATABASE_URL=jdbc:postgresql://127.0.0.1:1/none",
                "DATABASE_USER=nobody",
                "DATABASE_PASSWORD=nothing");

    assertThatThrownBy(() -> application.run().close())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("shorter than 12 characters");
  }
}
