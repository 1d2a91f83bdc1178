package com.aftersales.reports.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each commitment's rule on known data, with the engine clock moved: where the deadline lies and which figures
 * a case counts in. The calendar has a holiday on Wednesday 8 April 2026 to show working days are counted.
 */
class CommitmentRulesTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final WorkingDayCalendar CALENDAR =
      new WorkingDayCalendar(Set.of(LocalDate.of(2026, 4, 8)), Set.of(), ZONE);
  private static final SlaProperties PROPERTIES = new SlaProperties();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static Instant at(int month, int day, int hour) {
    return LocalDateTime.of(2026, month, day, hour, 0).atZone(ZONE).toInstant();
  }

  /** The report period at the moved engine clock, as the service computes it. */
  private static SlaPeriod periodAt(Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
    return new SlaReportService(List.of(), PROPERTIES, com.aftersales.calendar.StaffTimes.in(ZONE), null).period();
  }

  @Test
  void repairCycleIsDueSevenWorkingDaysAfterTheStartSkippingWeekendAndHoliday() {
    RepairCycleCommitment rule = new RepairCycleCommitment(null, CALENDAR, null, null);
    // Thursday 2 April 10:00 + 7 working days: Fri 3, Mon 6, Tue 7, (Wed 8 holiday), Thu 9, Fri 10, Mon 13, Tue 14.
    SlaCase open = rule.toCase("AS-1", "pi-1", at(4, 2, 10), null);
    assertThat(open.dueAt()).isEqualTo(at(4, 14, 10));

    assertThat(periodAt(at(4, 13, 9)).buckets(open)).containsExactlyInAnyOrder(Bucket.OPEN);
    assertThat(periodAt(at(4, 13, 11)).buckets(open)).containsExactlyInAnyOrder(Bucket.OPEN, Bucket.DUE_SOON);
    assertThat(periodAt(at(4, 14, 11)).buckets(open))
        .containsExactlyInAnyOrder(Bucket.OPEN, Bucket.BREACHED, Bucket.MISSED);
    // Breached for longer than the window: still breached, but no longer in the 30-day share.
    assertThat(periodAt(at(5, 20, 9)).buckets(open)).containsExactlyInAnyOrder(Bucket.OPEN, Bucket.BREACHED);

    SlaCase onTime = rule.toCase("AS-2", "pi-2", at(4, 2, 10), at(4, 14, 10));
    assertThat(periodAt(at(4, 20, 9)).buckets(onTime)).containsExactly(Bucket.MET);
    SlaCase late = rule.toCase("AS-3", "pi-3", at(4, 2, 10), at(4, 14, 10).plusSeconds(1));
    assertThat(periodAt(at(4, 20, 9)).buckets(late)).containsExactly(Bucket.MISSED);
    // Kept before the window started: not counted any more.
    assertThat(periodAt(at(5, 20, 9)).buckets(onTime)).isEmpty();
  }

  @Test
  void factoryRepairIsBreachedAfterFifteenWorkingDaysAtTheFactory() {
    FactoryRepairCommitment rule = new FactoryRepairCommitment(null, CALENDAR, null);
    // Wednesday 1 April 09:00 + 15 working days (8 April off): due Thursday 23 April 09:00.
    SlaCase atFactory = rule.toCase("AS-4", "pi-4", at(4, 1, 9), null);
    assertThat(atFactory.dueAt()).isEqualTo(at(4, 23, 9));
    assertThat(periodAt(at(4, 21, 9)).buckets(atFactory)).containsExactly(Bucket.OPEN);
    assertThat(periodAt(at(4, 22, 10)).buckets(atFactory)).containsExactlyInAnyOrder(Bucket.OPEN, Bucket.DUE_SOON);
    assertThat(periodAt(at(4, 23, 10)).buckets(atFactory))
        .containsExactlyInAnyOrder(Bucket.OPEN, Bucket.BREACHED, Bucket.MISSED);

    SlaCase backInTwelveDays = rule.toCase("AS-5", "pi-5", at(4, 1, 9), at(4, 17, 16));
    assertThat(periodAt(at(4, 30, 9)).buckets(backInTwelveDays)).containsExactly(Bucket.MET);
  }

  @Test
  void complaintResponseClockStandsStillWhileWaitingForTheCustomer() {
    Instant received = at(4, 1, 9);
    Instant due = at(4, 2, 9);
    SlaCase waiting = ComplaintResponseCommitment.toCase("AS-6", "pi-6", received, due, null, at(4, 1, 15));
    assertThat(waiting.dueAt()).isNull();
    assertThat(periodAt(at(4, 5, 9)).buckets(waiting)).containsExactly(Bucket.OPEN);

    SlaCase unanswered = ComplaintResponseCommitment.toCase("AS-7", "pi-7", received, due, null, null);
    assertThat(periodAt(at(4, 1, 10)).buckets(unanswered)).containsExactlyInAnyOrder(Bucket.OPEN, Bucket.DUE_SOON);
    assertThat(periodAt(at(4, 2, 10)).buckets(unanswered))
        .containsExactlyInAnyOrder(Bucket.OPEN, Bucket.BREACHED, Bucket.MISSED);

    SlaCase answeredInTime = ComplaintResponseCommitment.toCase("AS-8", "pi-8", received, due, at(4, 2, 8), null);
    assertThat(periodAt(at(4, 3, 9)).buckets(answeredInTime)).containsExactly(Bucket.MET);
    SlaCase answeredLate = ComplaintResponseCommitment.toCase("AS-9", "pi-9", received, due, at(4, 2, 12), null);
    assertThat(periodAt(at(4, 3, 9)).buckets(answeredLate)).containsExactly(Bucket.MISSED);
  }

  @Test
  void partsOrderIsKeptWhenBookedInByItsLeadTimeDate() {
    SlaCase order = PartsLeadTimeCommitment.toCase("AS-10", "pi-10", "PR-1", 2, at(4, 1, 9), at(4, 20, 17), null);
    assertThat(order.reference()).isEqualTo("PR-1#2");
    assertThat(periodAt(at(4, 19, 18)).buckets(order)).containsExactlyInAnyOrder(Bucket.OPEN, Bucket.DUE_SOON);
    assertThat(periodAt(at(4, 20, 18)).buckets(order))
        .containsExactlyInAnyOrder(Bucket.OPEN, Bucket.BREACHED, Bucket.MISSED);
    SlaCase booked = PartsLeadTimeCommitment.toCase("AS-10", "pi-10", "PR-1", 1, at(4, 1, 9), at(4, 20, 17),
        at(4, 18, 11));
    assertThat(periodAt(at(4, 20, 18)).buckets(booked)).containsExactly(Bucket.MET);
  }

  @Test
  void followUpCallCountsCompletedTasksAgainstTheirDueDateAndIgnoresDeletedOnes() {
    Instant created = at(4, 3, 10);
    Instant due = at(4, 4, 10);
    SlaCase late = FollowUpCallCommitment.toCase("AS-11", "pi-11", created, due, at(4, 6, 9), "completed");
    assertThat(periodAt(at(4, 7, 9)).buckets(late)).containsExactly(Bucket.MISSED);
    SlaCase open = FollowUpCallCommitment.toCase("AS-12", "pi-12", created, due, null, null);
    assertThat(periodAt(at(4, 3, 12)).buckets(open)).containsExactlyInAnyOrder(Bucket.OPEN, Bucket.DUE_SOON);
    assertThat(FollowUpCallCommitment.toCase("AS-13", "pi-13", created, due, at(4, 3, 11), "deleted")).isNull();
  }

  @Test
  @DisplayName("a follow-up call whose due date a manager moved is judged against the original date and counted as moved")
  void movedFollowUpCallIsJudgedAgainstTheOriginalDueDate() {
    Instant created = at(4, 2, 10);
    Instant original = at(4, 3, 10);
    Instant movedTo = at(4, 10, 10);
    // Overdue on 6 April by the original date, though the moved date lies ahead.
    SlaCase open = FollowUpCallCommitment.withMoves(
        FollowUpCallCommitment.toCase("AS-21", "pi-21", created, movedTo, null, null),
        new com.aftersales.tasklist.DueDateMoves.Moved("task-21", original, movedTo, 1, "sam"));
    assertThat(open.dueAt()).isEqualTo(original);
    assertThat(open.movedDueAt()).isEqualTo(movedTo);
    assertThat(periodAt(at(4, 6, 9)).buckets(open))
        .containsExactlyInAnyOrder(Bucket.OPEN, Bucket.BREACHED, Bucket.MISSED, Bucket.MOVED);
    // Kept before the moved date but after the original one: missed, not met.
    SlaCase kept = FollowUpCallCommitment.withMoves(
        FollowUpCallCommitment.toCase("AS-22", "pi-22", created, movedTo, at(4, 8, 10), "completed"),
        new com.aftersales.tasklist.DueDateMoves.Moved("task-22", original, movedTo, 1, "sam"));
    assertThat(periodAt(at(4, 9, 9)).buckets(kept)).containsExactlyInAnyOrder(Bucket.MISSED, Bucket.MOVED);
    // Not moved: no moved bucket.
    assertThat(FollowUpCallCommitment.withMoves(open, null)).isSameAs(open);
  }

  @Test
  void shareMetIsMetOverDecidedInPercentWithOneDecimal() {
    assertThat(SlaReport.Row.percent(2, 1)).hasToString("66.7");
    assertThat(SlaReport.Row.percent(3, 0)).hasToString("100.0");
    assertThat(SlaReport.Row.percent(0, 0)).isNull();
  }

  @Test
  void everyCaseFallsIntoConsistentBuckets() {
    SlaPeriod period = periodAt(at(4, 15, 12));
    for (SlaCase c : List.of(
        new SlaCase("A", "p", null, at(4, 1, 9), at(4, 15, 13), null),
        new SlaCase("B", "p", null, at(4, 1, 9), at(4, 10, 13), null),
        new SlaCase("C", "p", null, at(4, 1, 9), at(4, 10, 13), at(4, 11, 9)))) {
      Set<Bucket> b = period.buckets(c);
      // Due soon and breached exclude each other; met and missed too; open cases are never met.
      assertThat(b.containsAll(EnumSet.of(Bucket.DUE_SOON, Bucket.BREACHED))).isFalse();
      assertThat(b.containsAll(EnumSet.of(Bucket.MET, Bucket.MISSED))).isFalse();
      assertThat(b.contains(Bucket.OPEN) && b.contains(Bucket.MET)).isFalse();
    }
  }
}
