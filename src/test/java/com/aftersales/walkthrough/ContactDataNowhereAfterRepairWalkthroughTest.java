package com.aftersales.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.EngineVariableScan;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * After the whole repair walkthrough (intake to closure, every role over HTTP, mails sent), no variable the engine
 * holds, running or historic, process or task-local, carries the customer's phone number, e-mail address or address:
 * the case carries the customer's archive id, mails and the customer card read the archive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContactDataNowhereAfterRepairWalkthroughTest extends RepairWalkthroughScenario {

  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  @AfterEach
  void noVariableCarriesTheCustomersContactData() {
    assertThat(EngineVariableScan.mentions(runtimeService, historyService,
        List.of("13912345678", "wang.fang@example.com", "Huaihai Road"))).isEmpty();
  }
}
