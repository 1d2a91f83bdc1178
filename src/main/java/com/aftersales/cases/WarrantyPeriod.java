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
