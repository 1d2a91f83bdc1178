package com.aftersales.flows.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The manufacturer's answer to an exchange request, as the sales office enters it. The value is what the flow's
 * {@code manufacturerDecision} variable and gateway expect; "rejected" is read as {@link #REFUSED}, since that is
 * how the approvers' decisions are worded.
 */
public enum ManufacturerDecision {
  ACCEPTED(ExchangeProcess.ACCEPTED),
  REFUSED(ExchangeProcess.REFUSED);

  static final String REJECTED_SYNONYM = "rejected";

  private final String value;

  ManufacturerDecision(String value) {
    this.value = value;
  }

  /** The value of the process variable. */
  public String value() {
    return value;
  }

  public static Optional<ManufacturerDecision> parse(String text) {
    String given = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (REJECTED_SYNONYM.equals(given)) {
      return Optional.of(REFUSED);
    }
    return Arrays.stream(values()).filter(d -> d.value.equals(given)).findFirst();
  }

  static List<String> names() {
    return List.of(ACCEPTED.value, REFUSED.value, REJECTED_SYNONYM);
  }
}
