package com.aftersales.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.web.InvalidRequestException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The ledger on H2: every movement kind, quantities never below zero, idempotent steps, the last-unit race. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StockLedgerTest {

  @Autowired StockService stock;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("a new part has zero in every store; a receipt books it in with who, why and the cost price")
  void receiptBooksIn() {
    Part part = StockScenario.stockedPart(stock, 0);
    assertThat(stock.levels(null, part.code(), false)).extracting(StockLevel::store, StockLevel::quantity)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("main", 0),
            org.assertj.core.groups.Tuple.tuple("emergency", 0));

    Movement receipt = stock.book(Booking.of(MovementType.RECEIPT, "main", part.code(), 7, "kate", "采购入库")
        .withReference("QC-2026-001"));

    assertThat(receipt.delta()).isEqualTo(7);
    assertThat(receipt.balanceAfter()).isEqualTo(7);
    assertThat(receipt.actor()).isEqualTo("kate");
    assertThat(receipt.reason()).isEqualTo("采购入库");
    assertThat(receipt.unitCost()).isEqualByComparingTo("80.00");
    assertThat(receipt.occurredAt()).isNotNull();
    assertThat(stock.onHand("main", part.code())).isEqualTo(7);
  }

  @Test
  @DisplayName("issue, return of unused and the old part recovered or scrapped: the case's lines and its net use")
  void issueReturnAndOldParts() {
    Part part = StockScenario.stockedPart(stock, 5);
    String caseNumber = StockScenario.caseNumber();

    stock.book(Booking.of(MovementType.ISSUE, "main", part.code(), 3, "kate", "维修领用").forCase(caseNumber, "R-1"));
    stock.book(Booking.of(MovementType.RETURN_UNUSED, "main", part.code(), 1, "eric", "剩余配件退回")
        .forCase(caseNumber, "R-1"));
    stock.book(Booking.of(MovementType.OLD_PART_RECOVERED, "main", part.code(), 1, "eric", "旧件回收")
        .forCase(caseNumber, "R-1"));
    Movement scrapped = stock.book(Booking.of(MovementType.OLD_PART_SCRAPPED, "main", part.code(), 1, "eric",
        "旧件报废").forCase(caseNumber, "R-1"));

    assertThat(scrapped.delta()).isZero();
    assertThat(stock.onHand("main", part.code())).isEqualTo(3);
    assertThat(stock.movements(MovementFilter.ofCase(caseNumber))).extracting(Movement::type).containsExactly(
        MovementType.ISSUE, MovementType.RETURN_UNUSED, MovementType.OLD_PART_RECOVERED,
        MovementType.OLD_PART_SCRAPPED);
    assertThat(stock.usedByCase(caseNumber)).singleElement().satisfies(used -> {
      assertThat(used.quantity()).isEqualTo(2);
      assertThat(used.cost()).isEqualByComparingTo("160.00");
    });
  }

  @Test
  @DisplayName("a case returns no more than it took and hands in no more old parts than it used")
  void returnsAreBoundByTheIssue() {
    Part part = StockScenario.stockedPart(stock, 5);
    String caseNumber = StockScenario.caseNumber();
    stock.book(Booking.of(MovementType.ISSUE, "main", part.code(), 1, "kate", "维修领用").forCase(caseNumber, null));

    assertThatThrownBy(() -> stock.book(Booking.of(MovementType.RETURN_UNUSED, "main", part.code(), 2, "eric", "退回")
        .forCase(caseNumber, null))).isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).extracting("field").containsExactly("quantity"));
    assertThatThrownBy(() -> stock.book(Booking.of(MovementType.OLD_PART_SCRAPPED, "main", part.code(), 2, "eric",
        "报废").forCase(caseNumber, null))).isInstanceOf(InvalidRequestException.class);
    assertThat(stock.onHand("main", part.code())).isEqualTo(4);
    assertThat(stock.movements(MovementFilter.ofCase(caseNumber))).hasSize(1);
  }

  @Test
  @DisplayName("an issue beyond the quantity is refused and writes nothing; the level never goes below zero")
  void neverBelowZero() {
    Part part = StockScenario.stockedPart(stock, 2);
    String caseNumber = StockScenario.caseNumber();

    assertThatThrownBy(() -> stock.book(Booking.of(MovementType.ISSUE, "main", part.code(), 3, "kate", "维修领用")
        .forCase(caseNumber, null))).isInstanceOf(InsufficientStockException.class);

    assertThat(stock.onHand("main", part.code())).isEqualTo(2);
    assertThat(stock.movements(MovementFilter.ofCase(caseNumber))).isEmpty();
    assertThatThrownBy(() -> jdbc.update("UPDATE stock_level SET quantity = -1 WHERE part_code = ?", part.code()))
        .as("the table refuses a negative quantity even outside the service")
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
  }

  @Test
  @DisplayName("a transfer writes an out line and an in line with one reference, or nothing when the store is short")
  void transfer() {
    Part part = StockScenario.stockedPart(stock, 4);

    List<Movement> lines = stock.transfer("main", "emergency", part.code(), 3, "kate", "应急储备", null);

    assertThat(lines).extracting(Movement::type, Movement::delta).containsExactly(
        org.assertj.core.groups.Tuple.tuple(MovementType.TRANSFER_OUT, -3),
        org.assertj.core.groups.Tuple.tuple(MovementType.TRANSFER_IN, 3));
    assertThat(stock.onHand("main", part.code())).isEqualTo(1);
    assertThat(stock.onHand("emergency", part.code())).isEqualTo(3);
    assertThatThrownBy(() -> stock.transfer("emergency", "main", part.code(), 4, "kate", "退回", null))
        .isInstanceOf(InsufficientStockException.class);
    assertThat(stock.onHand("emergency", part.code())).isEqualTo(3);
  }

  @Test
  @DisplayName("a correction carries its own sign; a process step booking twice with one key books once")
  void correctionAndIdempotentKey() {
    Part part = StockScenario.stockedPart(stock, 4);
    Booking shortage = new Booking(MovementType.CORRECTION, "main", part.code(), 1, -1, null, null, "ST-1", "sam",
        "盘点差异 盘亏1个", "stocktaking:test:" + part.code());

    Movement first = stock.book(shortage);
    Movement again = stock.book(shortage);

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(first.delta()).isEqualTo(-1);
    assertThat(stock.onHand("main", part.code())).isEqualTo(3);
  }

  @Test
  @DisplayName("bad bookings name every bad field and write nothing")
  void badBookingsNameTheirFields() {
    assertThatThrownBy(() -> stock.book(new Booking(MovementType.ISSUE, "attic", "NO-SUCH-PART", 0, 0, "case 7",
        null, null, "kate", " ", null)))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).extracting("field")
            .containsExactlyInAnyOrder("store", "part", "quantity", "caseNumber", "reason"));
    assertThatThrownBy(() -> stock.createPart(new Part("bad code", "", "M", null, "个", 0, -1, new BigDecimal("-1"))))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).extracting("field")
            .containsExactlyInAnyOrder("code", "name", "shelfLifeMonths", "reorderLevel", "costPrice"));
  }

  @Test
  @DisplayName("20 threads issuing the last 5 units: exactly 5 issues, 15 refusals, 0 left")
  void concurrentIssuesOfTheLastUnits() throws Exception {
    StockScenario.concurrentIssuesOfTheLastUnits(stock);
  }

  @Test
  @DisplayName("a requisition of three lines whose last line the store cannot cover writes no line and changes no level")
  void multiLineIssueIsAllOrNothing() {
    StockScenario.multiLineIssueIsAllOrNothing(stock);
  }

  @Test
  @DisplayName("12 threads issuing one each of two parts, lines in either order: 3 pairs issued, 9 refused, no deadlock")
  void concurrentMultiLineIssues() throws Exception {
    StockScenario.concurrentMultiLineIssues(stock);
  }
}
