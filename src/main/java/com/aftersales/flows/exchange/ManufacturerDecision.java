package com.aftersales.flows.exchange;

import com.aftersales.variables.Variable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The manufacturer's answer to an exchange request, as the sales office enters it. The value is what the flow's
 * {@code manufacturerDecision} variable and gateway expect; "rejected" is read as {@link #REFUSED}, since that is
 * how the approvers' decisions are worded.
 */
public enum ManufacturerDecision implements Variable.Code {
  ACCEPTED,
  REFUSED;

  static final String REJECTED_SYNONYM = "rejected";

  public static Optional<ManufacturerDecision> parse(String text) {
    String given = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (REJECTED_SYNONYM.equals(given)) {
      return Optional.of(REFUSED);
    }
    return Arrays.stream(values()).filter(d -> d.code().equals(given)).findFirst();
  }

  public static List<String> names() {
    return List.of(ACCEPTED.code(), REFUSED.code(), REJECTED_SYNONYM);
  }
}
