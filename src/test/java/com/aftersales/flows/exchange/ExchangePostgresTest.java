package com.aftersales.flows.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.cases.CaseLinks;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.LinkedCaseStarter;
import com.aftersales.cases.ServiceCase;
import com.aftersales.testsupport.PostgresAvailable;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The exchange's tables and queries on PostgreSQL 15 (V4, V5, open-ended ledger dates, links). */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class ExchangePostgresTest {

  @Autowired TestRestTemplate http;
  @Autowired CaseService cases;
  @Autowired CaseLinks links;
  @Autowired LinkedCaseStarter starter;
  @Autowired ExchangeRepository ledger;
  @Autowired RuntimeService runtimeService;
  @Autowired TransactionTemplate transaction;

  @Test
  void anExchangeOpenedFromARepairCaseRunsItsEligibilityCheckOnPostgres() {
    ServiceCase repair = ExchangeTestFlows.openCase(cases, "repair", LocalDate.now().minusMonths(1), true);

    String exchange = transaction.execute(status -> starter.start(repair.caseNumber(), "exchange", "exchange",
        Map.of(ExchangeProcess.Vars.DAMAGE_CAUSE, "quality")));
    String again = starter.start(repair.caseNumber(), "exchange", "exchange");

    assertThat(again).isEqualTo(exchange);
    assertThat(links.linksOf(repair.caseNumber())).singleElement()
        .satisfies(l -> assertThat(l.caseNumber()).isEqualTo(exchange));
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(exchange)
        .singleResult();
    assertThat(runtimeService.getVariable(instance.getId(), ExchangeProcess.Vars.EXCHANGE_ELIGIBLE)).isEqualTo(true);
    assertThat(cases.find(exchange).orElseThrow().status()).isEqualTo("EXCHANGE_FORM");
  }

  @Test
  void theLedgerIsWrittenOnceAndFilteredWithOpenEndsOnPostgres() {
    int year = 2300 + (int) (System.nanoTime() % 500);
    String caseNumber = ExchangeTestFlows.openCase(cases, "exchange", LocalDate.of(2025, 12, 1), true).caseNumber();
    LedgerEntry entry = LedgerCsvTest.entry(caseNumber, LocalDate.of(year, 5, 4), "Rotor stops");

    Boolean written = transaction.execute(status -> ledger.record(entry));
    Boolean writtenAgain = transaction.execute(status -> ledger.record(entry));
    assertThat(written).isTrue();
    assertThat(writtenAgain).isFalse();

    assertThat(ledger.between(LocalDate.of(year, 5, 4), LocalDate.of(year, 5, 4))).containsExactly(entry);
    assertThat(ledger.between(LocalDate.of(year, 5, 1), null)).contains(entry);
    assertThat(ledger.between(null, LocalDate.of(year, 5, 3))).doesNotContain(entry);
    ResponseEntity<JsonNode> rows = http.withBasicAuth("oscar", "oscar")
        .getForEntity("/api/exchange-ledger?from=" + year + "-05-04&to=" + year + "-05-04", JsonNode.class);
    assertThat(rows.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rows.getBody()).hasSize(1);
    assertThat(rows.getBody().get(0).path("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(List.of(rows.getBody().get(0).path("regionalManager").path("by").asText())).containsExactly("rita");
  }
}
