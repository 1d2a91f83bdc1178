package com.aftersales.flows.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.flows.visit.VisitProcess.Reason;
import com.aftersales.flows.visit.VisitProcess.Recurrence;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A plan's visit days, without an engine. */
class VisitPlanTest {

  private static VisitPlan plan(Recurrence recurrence, String first, String until) {
    return new VisitPlan(1, Reason.PLAN, "回访", 7L, null, recurrence, LocalDate.parse(first),
        until == null ? null : LocalDate.parse(until), "sam", null);
  }

  @Test
  @DisplayName("002 二(五)2 定期回访: a monthly plan visits on the first date's day of each month, the 31st falling back to the month's last day without drifting")
  void monthlyPlanKeepsItsDayOfMonth() {
    VisitPlan monthly = plan(Recurrence.MONTHLY, "2031-01-31", null);
    assertThat(monthly.occurrencesThrough(LocalDate.parse("2031-05-01"))).extracting(LocalDate::toString)
        .containsExactly("2031-01-31", "2031-02-28", "2031-03-31", "2031-04-30");
    assertThat(monthly.nextOn(LocalDate.parse("2031-03-01"))).isEqualTo(LocalDate.parse("2031-03-31"));
  }

  @Test
  @DisplayName("002 二(五)2 定期回访: a quarterly plan visits every three months up to its end date, inclusive")
  void quarterlyPlanEndsOnItsUntilDate() {
    VisitPlan quarterly = plan(Recurrence.QUARTERLY, "2031-01-15", "2031-07-15");
    assertThat(quarterly.occurrencesThrough(LocalDate.parse("2032-01-01"))).extracting(LocalDate::toString)
        .containsExactly("2031-01-15", "2031-04-15", "2031-07-15");
    assertThat(quarterly.nextOn(LocalDate.parse("2031-07-16"))).isNull();
  }

  @Test
  @DisplayName("002 二(五)2 不定期回访: a one-off plan has one visit day, none before it")
  void oneOffPlanHasOneDay() {
    VisitPlan once = plan(Recurrence.ONCE, "2031-09-19", null);
    assertThat(once.occurrencesThrough(LocalDate.parse("2031-09-18"))).isEmpty();
    assertThat(once.occurrencesThrough(LocalDate.parse("2032-09-19"))).containsExactly(LocalDate.parse("2031-09-19"));
    assertThat(once.nextOn(LocalDate.parse("2031-09-20"))).isNull();
    assertThat(VisitPlan.visitNumber(42, LocalDate.parse("2031-09-19"))).isEqualTo("RV-P42-20310919");
  }
}
