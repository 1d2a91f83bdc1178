package com.aftersales.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.stock.count.StockCounts;
import com.aftersales.stock.purchase.PurchaseProcess;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import com.aftersales.testsupport.PostgresAvailable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The ledger on PostgreSQL 15 (V210_1): the last-unit race, the never-negative level, the case's net use. */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class StockPostgresTest {

  @Autowired StockService stock;
  @Autowired RuntimeService runtimeService;
  @Autowired StockCounts counts;

  @Test
  @DisplayName("20 threads issuing the last 5 units on PostgreSQL: exactly 5 issues, 15 refusals, 0 left")
  void concurrentIssuesOfTheLastUnits() throws Exception {
    Part part = StockScenario.concurrentIssuesOfTheLastUnits(stock);

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PurchaseProcess.KEY)
        .processInstanceBusinessKey("PR-main-" + part.code()).count())
        .as("the racing issues under the reorder level open one purchase request").isEqualTo(1);
  }

  @Test
  @DisplayName("issue, return and old part on PostgreSQL: net use and cost per case, transfer both ways")
  void caseLinesOnPostgres() {
    Part part = StockScenario.stockedPart(stock, 3);
    String caseNumber = StockScenario.caseNumber();
    stock.book(Booking.of(MovementType.ISSUE, "main", part.code(), 2, "kate", "维修领用").forCase(caseNumber, null));
    stock.book(Booking.of(MovementType.RETURN_UNUSED, "main", part.code(), 1, "eric", "退回").forCase(caseNumber, null));
    stock.book(Booking.of(MovementType.OLD_PART_SCRAPPED, "main", part.code(), 1, "eric", "报废")
        .forCase(caseNumber, null));
    stock.transfer("main", "emergency", part.code(), 2, "kate", "应急储备", null);

    assertThat(stock.usedByCase(caseNumber)).singleElement()
        .satisfies(u -> assertThat(u.cost()).isEqualByComparingTo("80.00"));
    assertThat(stock.onHand("main", part.code())).isZero();
    assertThat(stock.onHand("emergency", part.code())).isEqualTo(2);
    assertThat(stock.levels("main", null, true)).extracting(StockLevel::part).contains(part.code());
  }

  @Test
  @DisplayName("a count on PostgreSQL: expected quantities, counted difference, one correction even when approved twice")
  void countOnPostgres() {
    Part part = StockScenario.stockedPart(stock, 6);
    String countId = "ST-PG" + StockScenario.uniqueCode("m");
    counts.open(countId, "main", "pi-" + countId, Instant.now());

    assertThat(counts.expected(countId)).containsEntry(part.code(), 6);
    assertThat(counts.record(countId, Map.of(part.code(), 7), "kate", Instant.now()))
        .extracting(StockCounts.Line::difference).containsExactly(1);
    counts.approve(countId, "main", "sam", Instant.now());
    counts.approve(countId, "main", "sam", Instant.now());
    assertThat(stock.onHand("main", part.code())).isEqualTo(7);
  }

  @Test
  @DisplayName("a requisition of three lines whose last line the store cannot cover writes no line and changes no level on PostgreSQL")
  void multiLineIssueIsAllOrNothing() {
    StockScenario.multiLineIssueIsAllOrNothing(stock);
  }

  @Test
  @DisplayName("12 threads issuing one each of two parts, lines in either order: 3 pairs issued, 9 refused, no deadlock on PostgreSQL")
  void concurrentMultiLineIssues() throws Exception {
    StockScenario.concurrentMultiLineIssues(stock);
  }
}
