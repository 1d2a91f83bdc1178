package com.aftersales.stock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Parts with codes of their own per test run, stocked as a test needs, and the last-units race. */
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
   * {@code threads} threads each issue one unit of part a and one of part b to a case in one multi-line booking,
   * every other thread naming the lines in the opposite order, all released at once.
   */
  public static Race issuePairsConcurrently(StockService stock, String a, String b, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger issued = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      String caseNumber = caseNumber();
      List<Booking> lines = i % 2 == 0 ? List.of(issue(a, 1, caseNumber), issue(b, 1, caseNumber))
          : List.of(issue(b, 1, caseNumber), issue(a, 1, caseNumber));
      Callable<Void> issue = () -> {
        start.await();
        try {
          stock.bookAll(lines);
          issued.incrementAndGet();
        } catch (InsufficientStockException e) {
          refused.incrementAndGet();
        } catch (RuntimeException e) {
          failures.add(e);
        }
        return null;
      };
      runs.add(pool.submit(issue));
    }
    start.countDown();
    for (Future<?> run : runs) {
      run.get();
    }
    pool.shutdown();
    return new Race(issued.get(), refused.get(), failures);
  }

  /** What happened to each of the racing issues. */
  public record Race(int issued, int refused, List<Throwable> failures) {}

  /** {@code threads} threads each issue one unit of the part to a case, all released at once. */
  public static Race issueConcurrently(StockService stock, String part, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger issued = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      String caseNumber = caseNumber();
      Callable<Void> issue = () -> {
        start.await();
        try {
          stock.book(new Booking(MovementType.ISSUE, Store.MAIN.code(), part, 1, 0, caseNumber, null, null, "kate",
              "维修领用", null));
          issued.incrementAndGet();
        } catch (InsufficientStockException e) {
          refused.incrementAndGet();
        } catch (RuntimeException e) {
          failures.add(e);
        }
        return null;
      };
      runs.add(pool.submit(issue));
    }
    start.countDown();
    for (Future<?> run : runs) {
      run.get();
    }
    pool.shutdown();
    return new Race(issued.get(), refused.get(), failures);
  }
}
