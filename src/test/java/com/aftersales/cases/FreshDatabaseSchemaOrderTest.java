package com.aftersales.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application starts on a database nobody has touched: the engine creates its tables, Flyway then baselines
 * that schema at 0 and applies every migration, the engine-index migration included, and only then do the other
 * engine plugins write (the admin and demo users raise the identity generation, an application table).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:fresh-schema-order;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class FreshDatabaseSchemaOrderTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;

  @Test
  @DisplayName("a new database: engine tables first, then every Flyway migration (engine indexes included), then the users")
  void newDatabaseGetsEngineTablesThenMigrationsThenUsers() {
    // Flyway's first row records that it created its history table ("TABLE"); the migrations follow
    List<Map<String, Object>> history = jdbc.queryForList("SELECT \"version\", \"type\", \"success\""
        + " FROM \"app_schema_history\" WHERE \"type\" <> 'TABLE' ORDER BY \"installed_rank\"");

    assertThat(history.get(0)).containsEntry("version", "0").containsEntry("type", "BASELINE");
    assertThat(history).extracting(row -> row.get("version")).contains("1", "161.1", "260.1");
    assertThat(history).allSatisfy(row -> assertThat(row.get("success")).isEqualTo(Boolean.TRUE));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK", Integer.class)).isNotNull();
    assertThat(identityService.createUserQuery().userId("admin").count()).isOne();
    assertThat(jdbc.queryForObject("SELECT generation FROM identity_generation WHERE id = 1", Long.class)).isPositive();
  }
}
