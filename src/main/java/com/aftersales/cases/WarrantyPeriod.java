package com.aftersales.cases;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.variables.Variable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.springframework.stereotype.Service;

/**
 * The facts the warranty decision (warranty-coverage.dmn) needs, worked out the same way for every flow
 * (repair, exchange): months since the purchase (null when the date is unknown), the warranty period, proof
 * of purchase as a plain boolean and a known damage cause. "Today" is the engine clock's date in the
 * company's zone, so tests, timers and the calendar agree.
 */
@Service
public class WarrantyPeriod {

  private final WarrantyProperties properties;
  private final WorkingDayCalendar calendar;
  private final WarrantyTerms terms;

  public WarrantyPeriod(WarrantyProperties properties, WorkingDayCalendar calendar) {
    this(properties, calendar, model -> java.util.Optional.empty());
  }

  /** With the periods registered per product model, which win over {@code aftersales.warranty-months}. */
  @org.springframework.beans.factory.annotation.Autowired
  public WarrantyPeriod(WarrantyProperties properties, WorkingDayCalendar calendar, WarrantyTerms terms) {
    this.properties = properties;
    this.calendar = calendar;
    this.terms = terms;
  }

  public record Facts(boolean purchaseProof, Integer monthsSincePurchase, int warrantyMonths, String damageCause) {}

  /**
   * @param purchaseDate ISO date (yyyy-MM-dd, a form's date-time counts by its date) or null/blank when unknown
   * @param warrantyMonths a period already on the case (e.g. a product with a longer warranty), or null
   * @param now the engine clock
   */
  public Facts facts(Boolean purchaseProof, String purchaseDate, Number warrantyMonths, String damageCause, Date now) {
    return new Facts(Boolean.TRUE.equals(purchaseProof), monthsSincePurchase(purchaseDate, now),
        warrantyMonths(warrantyMonths), normaliseCause(damageCause));
  }

  /** What warranty-coverage.dmn compares: months since the warranty started and the period in months. */
  public record Inputs(Integer monthsSincePurchase, int warrantyMonths) {}

  /**
   * The decision's inputs for a case (issue 17, warranty by serial number): a period set on the case wins as before;
   * else the registered product's own warranty (its start and end date, {@link WarrantyTerms#ofCase}); else the
   * case's purchase date and the model's registered period or {@code aftersales.warranty-months}.
   */
  public Inputs inputs(String caseNumber, String purchaseDate, Number monthsOnCase, String productModel, Date now) {
    if (monthsOnCase == null && caseNumber != null) {
      java.util.Optional<ProductWarranty> product = terms.ofCase(caseNumber);
      if (product.isPresent()) {
        return fromEndDate(product.get(), now.toInstant().atZone(calendar.zone()).toLocalDate());
      }
    }
    return new Inputs(monthsSincePurchase(purchaseDate, now), warrantyMonths(monthsOnCase, productModel));
  }

  /** The decision's inputs for a warranty that runs from its start to its end date, on the engine clock's day. */
  public Inputs inputs(ProductWarranty warranty, Date now) {
    return fromEndDate(warranty, now.toInstant().atZone(calendar.zone()).toLocalDate());
  }

  /**
   * The product's end date in the decision's terms: the period is the started months from start to end, and the
   * months since the start are held at or under it up to the end date and above it from the day after, so the
   * table's "monthsSincePurchase &gt; warrantyMonths" is exactly "after the product's last warranty day", also for
   * an end date that is no whole number of months after the start.
   */
  static Inputs fromEndDate(ProductWarranty warranty, LocalDate today) {
    LocalDate start = warranty.startsOn();
    LocalDate end = warranty.endsOn();
    int period = end.isBefore(start) ? 0 : monthsBetween(start, end);
    int since = today.isBefore(start) ? 0 : monthsBetween(start, today);
    since = today.isAfter(end) ? Math.max(since, period + 1) : Math.min(since, period);
    return new Inputs(since, period);
  }

  /** The period on the case when it brings one, else {@code aftersales.warranty-months}. */
  public int warrantyMonths(Number onTheCase) {
    return onTheCase == null ? properties.warrantyMonths() : onTheCase.intValue();
  }

  /**
   * The period on the case when it brings one, else the period registered for the product model (installed base,
   * issue 17), else {@code aftersales.warranty-months}.
   */
  public int warrantyMonths(Number onTheCase, String productModel) {
    if (onTheCase != null) {
      return onTheCase.intValue();
    }
    return terms.months(productModel).orElse(properties.warrantyMonths());
  }

  /**
   * Months since the purchase up to {@code now}'s date in the company zone; null when the date is unknown,
   * which the decision treats as outside the warranty.
   *
   * @throws IllegalArgumentException when the date is not an ISO date or lies in the future (intake refuses
   *     such dates, so one here is a data error worth an incident, not a free warranty)
   */
  public Integer monthsSincePurchase(String purchaseDate, Date now) {
    if (purchaseDate == null || purchaseDate.isBlank()) {
      return null;
    }
    String date = purchaseDate.trim();
    LocalDate bought;
    try {
      bought = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("purchaseDate is not an ISO date (yyyy-MM-dd): " + purchaseDate, e);
    }
    return monthsBetween(bought, now.toInstant().atZone(calendar.zone()).toLocalDate());
  }

  /**
   * Started months count: bought on 15 January, the 12th month ends on 15 January next year, so on that day
   * the answer is 12 (still inside a 12-month warranty) and on 16 January it is 13. This makes
   * "monthsSincePurchase &gt; warrantyMonths" mean exactly "after the warranty's last day".
   */
  static int monthsBetween(LocalDate bought, LocalDate today) {
    if (today.isBefore(bought)) {
      throw new IllegalArgumentException("purchaseDate " + bought + " lies in the future");
    }
    long full = ChronoUnit.MONTHS.between(bought, today);
    boolean partMonth = bought.plusMonths(full).isBefore(today);
    return Math.toIntExact(full + (partMonth ? 1 : 0));
  }

  /** The cause as the decision reads it: one of {@link DamageCause}, {@code unknown} when none was given. */
  static String normaliseCause(String damageCause) {
    DamageCause cause = CAUSE.read(damageCause);
    return (cause == null ? DamageCause.UNKNOWN : cause).code();
  }

  private static final Variable<DamageCause> CAUSE = Variable.oneOf("damageCause", DamageCause.class);
}
