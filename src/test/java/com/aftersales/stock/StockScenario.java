package com.aftersales.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parts with codes of their own per test run, stocked as a test needs, the last-units race, and the multi-line
 * scenarios the ledger must pass on H2 and PostgreSQL alike.
 */
public final class StockScenario {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private StockScenario() {}

  public static String uniqueCode(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + SEQUENCE.incrementAndGet();
  }

  public static String caseNumber() {
    return String.format("AS-%04d-%06d", 2400 + SEQUENCE.incrementAndGet() % 500,
        (int) (System.nanoTime() % 1_000_000));
  }

  /** A toner cartridge part at 80.00 yuan, reorder level 2, with the given quantity received in the main store. */
  public static Part stockedPart(StockService stock, int quantity) {
    Part part = stock.createPart(new Part(uniqueCode("TN"), "碳粉盒", "MX-3070", "黑色 24000页", "个", 24, 2,
        new BigDecimal("80.00")));
    if (quantity > 0) {
      stock.book(Booking.of(MovementType.RECEIPT, Store.MAIN.code(), part.code(), quantity, "kate",
          "采购入库 质检合格"));
    }
    return part;
  }

  /** An issue line of a part to a case, as a requisition's step books it. */
  public static Booking issue(String part, int quantity, String caseNumber) {
    return new Booking(MovementType.ISSUE, Store.MAIN.code(), part, quantity, 0, caseNumber, caseNumber + "-RQ",
        null, "kate", "配件领用单 多行", null);
  }

  /**
   * 20 threads issue the last 5 units of a part: exactly 5 issues (balances 4 down to 0), 15 refusals for want of
   * stock, no other error, none left. Answers the part.
   */
  public static Part concurrentIssuesOfTheLastUnits(StockService stock) throws Exception {
    Part part = stockedPart(stock, 5);

    Race race = issueConcurrently(stock, part.code(), 20);

    assertThat(race.failures()).isEmpty();
    assertThat(race.issued()).isEqualTo(5);
    assertThat(race.refused()).isEqualTo(15);
    assertThat(stock.onHand("main", part.code())).isZero();
    assertThat(stock.movements(new MovementFilter("main", part.code(), null, null, MovementType.ISSUE, null, null)))
        .hasSize(5).extracting(Movement::balanceAfter).containsExactlyInAnyOrder(4, 3, 2, 1, 0);
    return part;
  }

  /**
   * A requisition of three lines whose last line the store cannot cover writes no line and changes no level; the
   * same lines the store can cover are booked together and answered in the order asked.
   */
  public static void multiLineIssueIsAllOrNothing(StockService stock) {
    Part a = stockedPart(stock, 4);
    Part b = stockedPart(stock, 3);
    Part c = stockedPart(stock, 1);
    String caseNumber = caseNumber();

    assertThatThrownBy(() -> stock.bookAll(List.of(issue(a.code(), 2, caseNumber),
        issue(b.code(), 3, caseNumber), issue(c.code(), 2, caseNumber))))
        .isInstanceOf(InsufficientStockException.class);

    assertThat(stock.onHand("main", a.code())).isEqualTo(4);
    assertThat(stock.onHand("main", b.code())).isEqualTo(3);
    assertThat(stock.onHand("main", c.code())).isEqualTo(1);
    assertThat(stock.movements(MovementFilter.ofCase(caseNumber))).isEmpty();

    List<Movement> lines = stock.bookAll(List.of(issue(c.code(), 1, caseNumber),
        issue(a.code(), 2, caseNumber), issue(b.code(), 3, caseNumber)));
    assertThat(lines).extracting(Movement::part).as("answered in the order asked")
        .containsExactly(c.code(), a.code(), b.code());
    assertThat(lines).extracting(Movement::balanceAfter).containsExactly(0, 2, 0);
  }

  /**
   * 12 threads issuing one each of two parts (5 and 3 in stock), lines in either order: 3 pairs issued, 9 refused,
   * no deadlock.
   */
  public static void concurrentMultiLineIssues(StockService stock) throws Exception {
    Part a = stockedPart(stock, 5);
    Part b = stockedPart(stock, 3);

    Race race = issuePairsConcurrently(stock, a.code(), b.code(), 12);

    assertThat(race.failures()).as("no deadlock, no other error").isEmpty();
    assertThat(race.issued()).isEqualTo(3);
    assertThat(race.refused()).isEqualTo(9);
    assertThat(stock.onHand("main", a.code())).as("a issued exactly with b").isEqualTo(2);
    assertThat(stock.onHand("main", b.code())).isZero();
    assertThat(stock.movements(new MovementFilter("main", a.code(), null, null, MovementType.ISSUE, null, null)))
        .hasSize(3);
  }

  /**
   * {@code threads} threads each issue one unit of part a and one of part b to a case in one multi-line booking,
   * every other thread naming the lines in the opposite order, all released at once.
   */
  public static Race issuePairsConcurrently(StockService stock, String a, String b, int threads) throws Exception {
    List<Runnable> issues = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      String caseNumber = caseNumber();
      List<Booking> lines = i % 2 == 0 ? List.of(issue(a, 1, caseNumber), issue(b, 1, caseNumber))
          : List.of(issue(b, 1, caseNumber), issue(a, 1, caseNumber));
      issues.add(() -> stock.bookAll(lines));
    }
    return race(issues);
  }

  /** What happened to each of the racing issues. */
  public record Race(int issued, int refused, List<Throwable> failures) {}

  /** {@code threads} threads each issue one unit of the part to a case, all released at once. */
  public static Race issueConcurrently(StockService stock, String part, int threads) throws Exception {
    List<Runnable> issues = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      String caseNumber = caseNumber();
      issues.add(() -> stock.book(new Booking(MovementType.ISSUE, Store.MAIN.code(), part, 1, 0, caseNumber, null,
          null, "kate", "维修领用", null)));
    }
    return race(issues);
  }

  /** Runs every issue on a thread of its own, all released at once; a refusal for want of stock is counted apart. */
  private static Race race(List<Runnable> issues) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(issues.size());
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger issued = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> runs = new ArrayList<>();
    for (Runnable issue : issues) {
      Callable<Void> run = () -> {
        start.await();
        try {
          issue.run();
          issued.incrementAndGet();
        } catch (InsufficientStockException e) {
          refused.incrementAndGet();
        } catch (RuntimeException e) {
          failures.add(e);
        }
        return null;
      };
      runs.add(pool.submit(run));
    }
    start.countDown();
    for (Future<?> run : runs) {
      run.get();
    }
    pool.shutdown();
    return new Race(issued.get(), refused.get(), failures);
  }
}
