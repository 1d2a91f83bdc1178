package com.aftersales.flows.repair;

import com.aftersales.flows.repair.RepairProcess.DamageCause;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Works out the facts the warranty decision (warranty-coverage.dmn) needs, so the DMN sees clean values:
 * whole months since the purchase (null when the date is unknown), the warranty period, proof of purchase
 * as a plain boolean and a known damage cause.
 */
@Service
public class WarrantyPeriod {

  private static final Set<String> CAUSES = Set.of(DamageCause.QUALITY, DamageCause.HUMAN, DamageCause.UNKNOWN);

  private final RepairProperties properties;

  public WarrantyPeriod(RepairProperties properties) {
    this.properties = properties;
  }

  public record Facts(boolean purchaseProof, Integer monthsSincePurchase, int warrantyMonths, String damageCause) {}

  /**
   * @param purchaseDate ISO date (yyyy-MM-dd) or null/blank when unknown
   * @param warrantyMonths a period already on the case (e.g. a product with a longer warranty), or null
   * @param now the engine clock, so tests and timers see the same "today"
   */
  public Facts facts(Boolean purchaseProof, String purchaseDate, Number warrantyMonths, String damageCause, Date now) {
    LocalDate today = now.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    int months = warrantyMonths == null ? properties.warrantyMonths() : warrantyMonths.intValue();
    return new Facts(Boolean.TRUE.equals(purchaseProof), monthsSince(purchaseDate, today), months,
        normaliseCause(damageCause));
  }

  /**
   * Whole calendar months from the purchase to today: bought 2025-03-15, today 2026-03-14 gives 11, today
   * 2026-03-15 gives 12. A purchase date in the future (a typing error) counts as 0 months.
   */
  static Integer monthsSince(String purchaseDate, LocalDate today) {
    if (purchaseDate == null || purchaseDate.isBlank()) {
      return null;
    }
    LocalDate purchased;
    try {
      // Forms may send a date-time; the date part is what counts.
      purchased = LocalDate.parse(purchaseDate.trim().length() > 10 ? purchaseDate.trim().substring(0, 10)
          : purchaseDate.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("purchaseDate is not an ISO date (yyyy-MM-dd): " + purchaseDate, e);
    }
    return (int) Math.max(0, ChronoUnit.MONTHS.between(purchased, today));
  }

  static String normaliseCause(String damageCause) {
    if (damageCause == null || damageCause.isBlank()) {
      return DamageCause.UNKNOWN;
    }
    if (!CAUSES.contains(damageCause)) {
      throw new IllegalArgumentException("damageCause must be quality, human or unknown: " + damageCause);
    }
    return damageCause;
  }
}
