package com.aftersales.intake;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Plain elapsed time ({@code 24 hours}, {@code 30 minutes}, {@code 2 days}, {@code PT24H}, {@code P2D}).
 * Stands in until the working-day calendar is on main; it then answers working-day expressions too.
 */
@Component
public class ElapsedTimeCommitmentCalendar implements CommitmentCalendar {

  private static final Pattern PLAIN =
      Pattern.compile("(\\d+)\\s+(minute|minutes|hour|hours|day|days)");

  @Override
  public Date dueAt(Date start, String commitment) {
    String expression = commitment.trim().toLowerCase(Locale.ROOT);
    Matcher m = PLAIN.matcher(expression);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      Duration d =
          switch (m.group(2)) {
            case "minute", "minutes" -> Duration.ofMinutes(n);
            case "hour", "hours" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
      return Date.from(start.toInstant().plus(d));
    }
    String iso = commitment.trim().toUpperCase(Locale.ROOT);
    try {
      if (iso.startsWith("PT")) {
        return Date.from(start.toInstant().plus(Duration.parse(iso)));
      }
      if (iso.startsWith("P") && !iso.contains("T")) {
        return Date.from(
            start.toInstant().atZone(ZoneId.systemDefault()).plus(Period.parse(iso)).toInstant());
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Commitment not understood: " + commitment, e);
    }
    throw new IllegalArgumentException("Commitment not understood: " + commitment);
  }
}
