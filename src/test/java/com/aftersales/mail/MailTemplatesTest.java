package com.aftersales.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.calendar.StaffTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final StaffTimes times = StaffTimes.in(SHANGHAI);
  private final MailTemplates templates = new MailTemplates(times);

  @Test
  void rendersSubjectAndBodyWithCaseNumberAndCommitment() {
    Date due = Date.from(LocalDateTime.of(2026, 11, 24, 9, 30).atZone(SHANGHAI).toInstant());
    MailTemplates.RenderedMail mail = templates.render("test-notice",
        Map.of("caseNumber", "AS-2026-000001", "customerName", "Li Lei", "responseDueAt", due));

    assertThat(mail.subject()).isEqualTo("Case AS-2026-000001: test notice");
    assertThat(mail.body()).contains("Dear Li Lei,").contains("AS-2026-000001")
        .contains("by 2026-11-24 09:30 (Asia/Shanghai).");
  }

  @Test
  @DisplayName("times print in the company zone with its name, whatever the server's zone and the value's type")
  void timesPrintInTheCompanyZoneLabelled() {
    TimeZone server = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    try {
      Instant appointment = LocalDateTime.of(2026, 12, 7, 14, 30).atZone(SHANGHAI).toInstant();
      Map<String, Object> model = new HashMap<>();
      model.put("date", Date.from(appointment));
      model.put("instant", appointment);
      model.put("offset", appointment.atOffset(ZoneOffset.UTC));
      model.put("text", "2026-12-07T06:30:00Z");
      model.put("rest", "2026-12-07T06:30:00.000+0000");
      model.put("day", "2026-12-07");
      assertThat(MailTemplates.fill("{{date}}|{{instant}}|{{offset}}|{{text}}|{{rest}}|{{day}}", model, times))
          .isEqualTo(String.join("|", Collections.nCopies(5, "2026-12-07 14:30 (Asia/Shanghai)")) + "|2026-12-07");
    } finally {
      TimeZone.setDefault(server);
    }
  }

  @Test
  void missingOrBlankValuesPrintAsDash() {
    Map<String, Object> model = new HashMap<>();
    model.put("a", null);
    model.put("b", " ");
    assertThat(MailTemplates.fill("{{a}}/{{b}}/{{c}}", model, times)).isEqualTo("-/-/-");
  }

  @Test
  void localDatesAndNumbersAreFormattedPlainly() {
    assertThat(MailTemplates.fill("{{d}} {{n}}", Map.of("d", LocalDate.of(2026, 1, 2), "n", 650), times))
        .isEqualTo("2026-01-02 650");
  }

  @Test
  void replacementTextIsNotInterpretedAsRegex() {
    assertThat(MailTemplates.fill("{{x}}", Map.of("x", "$1 \\ cost"), times)).isEqualTo("$1 \\ cost");
  }

  @Test
  void unknownOrUnsafeTemplateNamesAreRefused() {
    assertThatThrownBy(() -> templates.render("no-such-template", Map.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-template");
    assertThatThrownBy(() -> templates.render("../application", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
