package com.aftersales.stock;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.stock.purchase.ReorderTrigger;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spare-parts ledger (配件库存台账, 003 五.2-五.3): every change of a quantity is one ledger line written in the
 * same transaction, with who, when and why. Joins the caller's transaction, so in a process step the line commits
 * or rolls back with the engine state; a step passes a key, so a job that runs twice books once.
 *
 * <p>Every booking first updates its level row (even by zero, for old parts): that takes the row's lock, so the
 * checks that follow (what a case may return) see every earlier booking of the part in the store. A movement out
 * that leaves the store at or under the part's reorder level opens a purchase request ({@link ReorderTrigger}).
 */
@Service
@Transactional
public class StockService {

  static final Pattern PART_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
  static final Pattern CASE_NUMBER = Pattern.compile("AS-\\d{4}-\\d{6}");
  static final int MAX_QUANTITY = 100_000;

  private final StockRepository repository;
  private final WorkingDayCalendar calendar;
  private final ReorderTrigger reorder;

  public StockService(StockRepository repository, WorkingDayCalendar calendar, ReorderTrigger reorder) {
    this.repository = repository;
    this.calendar = calendar;
    this.reorder = reorder;
  }

  /** Registers a part with a zero quantity in every store. */
  public Part createPart(Part part) {
    List<FieldError> errors = new ArrayList<>();
    if (part.code() == null || !PART_CODE.matcher(part.code()).matches()) {
      errors.add(new FieldError("code", "must be 1-40 letters, digits, '.', '_' or '-'"));
    } else if (repository.part(part.code()).isPresent()) {
      errors.add(new FieldError("code", "part " + part.code() + " exists already"));
    }
    text(errors, "name", part.name(), 100, true);
    text(errors, "model", part.model(), 100, true);
    text(errors, "specification", part.specification(), 200, false);
    text(errors, "unit", part.unit(), 10, true);
    if (part.shelfLifeMonths() != null && (part.shelfLifeMonths() < 1 || part.shelfLifeMonths() > 600)) {
      errors.add(new FieldError("shelfLifeMonths", "must be between 1 and 600 months, or left out"));
    }
    if (part.reorderLevel() < 0 || part.reorderLevel() > MAX_QUANTITY) {
      errors.add(new FieldError("reorderLevel", "must be between 0 and " + MAX_QUANTITY));
    }
    if (part.costPrice() == null || part.costPrice().signum() < 0 || part.costPrice().scale() > 2
        || part.costPrice().compareTo(new BigDecimal("9999999999.99")) > 0) {
      errors.add(new FieldError("costPrice", "must be an amount in yuan of at least 0 with at most 2 decimals"));
    }
    fail(errors);
    repository.insertPart(part, now());
    return repository.part(part.code()).orElseThrow();
  }

  /**
   * Writes one ledger line and changes the level by it.
   *
   * @throws InvalidRequestException naming each bad field; nothing written
   * @throws InsufficientStockException the store has less than the movement takes out; nothing written
   */
  public Movement book(Booking booking) {
    if (booking.key() != null) {
      Optional<Movement> done = repository.movementByKey(booking.key());
      if (done.isPresent()) {
        return done.get();
      }
    }
    Part part = validate(booking);
    Instant now = now();
    int delta = booking.signedDelta();
    if (!repository.change(booking.store(), booking.part(), delta, now)) {
      throw new InsufficientStockException(booking.store(), booking.part(), -delta,
          repository.quantity(booking.store(), booking.part()));
    }
    checkAgainstCase(booking);
    int balance = repository.quantity(booking.store(), booking.part());
    long id = repository.insertMovement(booking, delta, balance, part.costPrice(), now);
    if (delta < 0) {
      reorder.check(booking.store(), part, balance, now);
    }
    return repository.movement(id);
  }

  /**
   * Writes several ledger lines as one: all of them or none (a requisition of several parts, 配件领用单). Every line
   * is checked first; then the lines are booked in the order of their store and part, so two multi-line bookings
   * that share parts take the level rows' locks in the same order and never deadlock. A line the store cannot
   * cover throws after the earlier lines were written in the same transaction, which the throw rolls back.
   *
   * @throws InvalidRequestException naming each bad field, prefixed {@code lines[i].}; nothing written
   * @throws InsufficientStockException for the first line the store cannot cover; nothing written
   */
  public List<Movement> bookAll(List<Booking> bookings) {
    if (bookings == null || bookings.isEmpty()) {
      throw new InvalidRequestException(List.of(new FieldError("lines", "at least one line is required")));
    }
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < bookings.size(); i++) {
      try {
        validate(bookings.get(i));
      } catch (InvalidRequestException e) {
        for (FieldError error : e.errors()) {
          errors.add(new FieldError("lines[" + i + "]." + error.field(), error.message()));
        }
      }
    }
    fail(errors);
    List<Booking> ordered = new ArrayList<>(bookings);
    ordered.sort(java.util.Comparator.comparing(Booking::store).thenComparing(Booking::part));
    Map<Booking, Movement> written = new java.util.IdentityHashMap<>();
    for (Booking booking : ordered) {
      written.put(booking, book(booking));
    }
    return bookings.stream().map(written::get).toList();
  }

  /**
   * The stock at or under its reorder level (the purchasing rule of {@link ReorderTrigger}), with the purchase
   * request opened for it, if any.
   */
  @Transactional(readOnly = true)
  public List<BelowReorder> belowReorder(String store) {
    return repository.belowReorder(store);
  }

  /** One part in one store at or under its reorder level, and the open purchase request for it. */
  public record BelowReorder(String store, String part, String name, String model, String unit, int quantity,
      int reorderLevel, int shortBy, Integer purchaseSuggestedQuantity, Instant purchaseOpenedAt) {}

  /**
   * The stock past its shelf life (003 五.2: the label shows the shelf life): per part that ages, the received
   * batches still on hand whose shelf life ran out by today, the earliest expiry first. Which batches are still on
   * hand is not booked per batch; the store issues first in, first out (project's choice), so the quantity on hand
   * over all stores is taken from the newest receipts backwards. A batch expires on its receipt day (in the
   * calendar's zone) plus the part's shelf life in months.
   */
  @Transactional(readOnly = true)
  public List<PastShelfLife> pastShelfLife() {
    LocalDate today = LocalDate.ofInstant(now(), calendar.zone());
    Map<String, List<StockRepository.ReceivedBatch>> receipts = new java.util.HashMap<>();
    repository.receiptsOfAgeingParts()
        .forEach(r -> receipts.computeIfAbsent(r.part(), k -> new ArrayList<>()).add(r));
    List<PastShelfLife> expired = new ArrayList<>();
    repository.ageingPartsOnHand().forEach((part, onHand) -> {
      int left = onHand;
      for (StockRepository.ReceivedBatch batch : receipts.getOrDefault(part.code(), List.of())) {
        if (left <= 0) {
          break;
        }
        int fromBatch = Math.min(left, batch.quantity());
        left -= fromBatch;
        LocalDate received = LocalDate.ofInstant(batch.receivedAt(), calendar.zone());
        LocalDate expiresOn = received.plusMonths(part.shelfLifeMonths());
        if (!expiresOn.isAfter(today)) {
          expired.add(new PastShelfLife(part.code(), part.name(), part.model(), part.specification(), part.unit(),
              part.shelfLifeMonths(), received, expiresOn, fromBatch));
        }
      }
    });
    expired.sort(java.util.Comparator.comparing(PastShelfLife::expiredOn).thenComparing(PastShelfLife::part));
    return expired;
  }

  /** A received batch of a part, still on hand, whose shelf life ran out on {@code expiredOn}. */
  public record PastShelfLife(String part, String name, String model, String specification, String unit,
      int shelfLifeMonths, LocalDate receivedOn, LocalDate expiredOn, int quantity) {}

  /** Moves parts from one store to the other: two lines with the same reference, or none. */
  public List<Movement> transfer(String from, String to, String part, int quantity, String actor, String reason,
      String key) {
    if (from != null && from.equals(to)) {
      throw new InvalidRequestException(List.of(new FieldError("toStore", "must differ from store")));
    }
    if (to == null || Store.of(to).isEmpty()) {
      throw new InvalidRequestException(List.of(new FieldError("toStore", "must be one of " + Store.codes())));
    }
    String reference = "transfer " + from + " -> " + to;
    Movement out = book(new Booking(MovementType.TRANSFER_OUT, from, part, quantity, 0, null, null, reference, actor,
        reason, key == null ? null : key + ":out"));
    Movement in = book(new Booking(MovementType.TRANSFER_IN, to, part, quantity, 0, null, null, reference, actor,
        reason, key == null ? null : key + ":in"));
    return List.of(out, in);
  }

  @Transactional(readOnly = true)
  public Optional<Part> part(String code) {
    return repository.part(code);
  }

  @Transactional(readOnly = true)
  public List<Part> parts() {
    return repository.parts();
  }

  @Transactional(readOnly = true)
  public int onHand(String store, String part) {
    return repository.quantity(store, part);
  }

  @Transactional(readOnly = true)
  public List<StockLevel> levels(String store, String part, boolean atOrBelowReorderOnly) {
    return repository.levels(store, part, atOrBelowReorderOnly);
  }

  @Transactional(readOnly = true)
  public List<Movement> movements(MovementFilter filter) {
    return repository.movements(filter, calendar.zone());
  }

  /**
   * What a case used, part by part: issued minus returned unused, at the cost price of each issue (a return takes
   * back at the cost of the issue it returns, the latest first).
   */
  @Transactional(readOnly = true)
  public List<CasePart> usedByCase(String caseNumber) {
    Map<String, CasePart> used = new TreeMap<>();
    for (Movement m : repository.movements(MovementFilter.ofCase(caseNumber), calendar.zone())) {
      int sign = switch (m.type()) {
        case ISSUE -> 1;
        case RETURN_UNUSED -> -1;
        default -> 0;
      };
      if (sign != 0) {
        used.merge(m.part(), new CasePart(m.part(), sign * m.quantity(), m.unitCost().multiply(
            BigDecimal.valueOf((long) sign * m.quantity()))), CasePart::plus);
      }
    }
    return used.values().stream().filter(p -> p.quantity() > 0).toList();
  }

  /** Net quantity of a part a case used, and its cost (quantity times the cost price at issue). */
  public record CasePart(String part, int quantity, BigDecimal cost) {
    CasePart plus(CasePart other) {
      return new CasePart(part, quantity + other.quantity, cost.add(other.cost));
    }
  }

  private Part validate(Booking b) {
    List<FieldError> errors = new ArrayList<>();
    if (b.type() == null) {
      errors.add(new FieldError("type", "must be one of " + MovementType.names()));
    }
    if (b.store() == null || Store.of(b.store()).isEmpty()) {
      errors.add(new FieldError("store", "must be one of " + Store.codes()));
    }
    Part part = null;
    if (b.part() == null || b.part().isBlank()) {
      errors.add(new FieldError("part", "is required"));
    } else {
      part = repository.part(b.part()).orElse(null);
      if (part == null) {
        errors.add(new FieldError("part", "no part " + b.part() + " in the parts list"));
      }
    }
    if (b.quantity() < 1 || b.quantity() > MAX_QUANTITY) {
      errors.add(new FieldError("quantity", "must be a whole number between 1 and " + MAX_QUANTITY));
    }
    if (b.type() == MovementType.CORRECTION && Math.abs(b.delta()) != b.quantity()) {
      errors.add(new FieldError("quantity", "a correction's quantity is the size of its difference"));
    }
    boolean caseLine = b.type() == MovementType.ISSUE || b.type() == MovementType.RETURN_UNUSED
        || b.type() == MovementType.OLD_PART_RECOVERED || b.type() == MovementType.OLD_PART_SCRAPPED;
    if (caseLine && (b.caseNumber() == null || !CASE_NUMBER.matcher(b.caseNumber()).matches())) {
      errors.add(new FieldError("caseNumber", "must be the case the parts are for, such as AS-2026-000001"));
    } else if (!caseLine && b.caseNumber() != null) {
      errors.add(new FieldError("caseNumber", "only issues, returns and old parts belong to a case"));
    }
    text(errors, "reason", b.reason(), 500, true);
    text(errors, "reference", b.reference(), 100, false);
    text(errors, "requisitionNumber", b.requisitionNumber(), 40, false);
    if (b.actor() == null || b.actor().isBlank()) {
      errors.add(new FieldError("actor", "who books the movement is required"));
    }
    fail(errors);
    return part;
  }

  /** A case returns no more than it took, and hands in no more old parts than it was issued. */
  private void checkAgainstCase(Booking b) {
    if (b.type() != MovementType.RETURN_UNUSED && b.type() != MovementType.OLD_PART_RECOVERED
        && b.type() != MovementType.OLD_PART_SCRAPPED) {
      return;
    }
    int issued = 0;
    int returned = 0;
    int oldParts = 0;
    for (Movement m : repository.movements(
        new MovementFilter(b.store(), b.part(), b.caseNumber(), null, null, null, null), calendar.zone())) {
      switch (m.type()) {
        case ISSUE -> issued += m.quantity();
        case RETURN_UNUSED -> returned += m.quantity();
        case OLD_PART_RECOVERED, OLD_PART_SCRAPPED -> oldParts += m.quantity();
        default -> { }
      }
    }
    if (b.type() == MovementType.RETURN_UNUSED && returned + b.quantity() > issued) {
      fail(List.of(new FieldError("quantity", "case " + b.caseNumber() + " took " + issued + " of " + b.part()
          + " from " + b.store() + " and returned " + returned + "; it cannot return " + b.quantity() + " more")));
    }
    if (b.type() != MovementType.RETURN_UNUSED && oldParts + b.quantity() > issued - returned) {
      fail(List.of(new FieldError("quantity", "case " + b.caseNumber() + " used " + (issued - returned) + " of "
          + b.part() + " and handed in " + oldParts + " old parts; it cannot hand in " + b.quantity() + " more")));
    }
  }

  private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
    } else if (value.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
  }

  private static void fail(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
