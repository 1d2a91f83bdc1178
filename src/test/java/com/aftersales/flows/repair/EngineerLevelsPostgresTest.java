package com.aftersales.flows.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.flows.repair.RepairProcess.EngineerLevel;
import com.aftersales.testsupport.PostgresAvailable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Table engineer_level (V320_1) on PostgreSQL 15: recorded, replaced, read back with who and when. */
@PostgresAvailable
@SpringBootTest
@ActiveProfiles({"test", "pgtest"})
class EngineerLevelsPostgresTest {

  @Autowired EngineerLevels levels;
  @Autowired EngineerLevelRepository repository;
  @Autowired IdentityService identityService;

  @Test
  @DisplayName("a level is recorded and replaced on PostgreSQL; an engineer without one is priced at the default")
  void levelsOnPostgres() {
    String engineer = "pg-levels-" + System.nanoTime();
    User user = identityService.newUser(engineer);
    user.setFirstName("Pg");
    user.setLastName("Levels");
    identityService.saveUser(user);
    identityService.createMembership(engineer, "engineers");

    assertThat(levels.pricedLevel(engineer)).isEqualTo(EngineerLevel.INTERMEDIATE);
    levels.set(engineer, "senior", "sam");
    levels.set(engineer, "junior", "sam");

    assertThat(repository.find(engineer)).hasValueSatisfying(row -> {
      assertThat(row.level()).isEqualTo("junior");
      assertThat(row.updatedBy()).isEqualTo("sam");
      assertThat(row.updatedAt()).isNotNull();
    });
    assertThat(repository.all()).filteredOn(r -> r.userId().equals(engineer)).hasSize(1);
    assertThat(levels.pricedLevel(engineer)).isEqualTo(EngineerLevel.JUNIOR);
  }
}
