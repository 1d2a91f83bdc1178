package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.PostgresAvailable;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** On PostgreSQL, the application's static permission checks answer as Camunda's statement does. */
@PostgresAvailable
@SpringBootTest
@ActiveProfiles({"test", "pgtest"})
class AuthorizationTuningPostgresTest {

  @Autowired ProcessEngine engine;

  @Test
  void staticChecksAnswerAsCamundasStatementDoesOverRandomGrants() {
    // no grants for everybody on '*': other tests share this database
    AuthorizationEquivalence.Outcome outcome = AuthorizationEquivalence.compare(engine, 11L, 120, false);
    assertThat(outcome.authorized()).isGreaterThan(50);
    assertThat(outcome.refused()).isGreaterThan(50);
  }
}
