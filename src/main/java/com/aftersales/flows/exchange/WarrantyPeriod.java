package com.aftersales.flows.exchange;

import com.aftersales.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** How long ago the product was bought, in the terms the warranty-coverage decision compares. */
@Component("exchangeWarrantyPeriod")
public class WarrantyPeriod {

  private final WorkingDayCalendar calendar;

  public WarrantyPeriod(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * Months since the purchase date up to today (engine clock, company zone); null when the date is
   * unknown, which the decision treats as out of warranty.
   *
   * @throws IllegalArgumentException when the date is not an ISO date or lies in the future
   */
  public Integer monthsSincePurchase(String purchaseDate) {
    if (purchaseDate == null || purchaseDate.isBlank()) {
      return null;
    }
    LocalDate bought;
    try {
      bought = LocalDate.parse(purchaseDate.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("purchaseDate is not an ISO date: " + purchaseDate, e);
    }
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(calendar.zone()).toLocalDate();
    return monthsBetween(bought, today);
  }

  /**
   * Started months count: bought on 15 January, the 12th month ends on 15 January next year, so on
   * that day the answer is 12 (still inside a 12-month warranty) and on 16 January it is 13. This makes
   * "monthsSincePurchase > warrantyMonths" mean exactly "after the warranty's last day".
   */
  static int monthsBetween(LocalDate bought, LocalDate today) {
    if (today.isBefore(bought)) {
      throw new IllegalArgumentException("purchaseDate " + bought + " lies in the future");
    }
    long full = ChronoUnit.MONTHS.between(bought, today);
    boolean partMonth = bought.plusMonths(full).isBefore(today);
    return Math.toIntExact(full + (partMonth ? 1 : 0));
  }
}
