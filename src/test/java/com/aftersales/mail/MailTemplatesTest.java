package com.aftersales.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();

  @Test
  void rendersSubjectAndBodyWithCaseNumberAndCommitment() {
    Date due = Date.from(LocalDateTime.of(2026, 11, 24, 9, 30).atZone(ZoneId.systemDefault()).toInstant());
    MailTemplates.RenderedMail mail = templates.render("test-notice",
        Map.of("caseNumber", "AS-2026-000001", "customerName", "Li Lei", "responseDueAt", due));

    assertThat(mail.subject()).isEqualTo("Case AS-2026-000001: test notice");
    assertThat(mail.body()).contains("Dear Li Lei,").contains("AS-2026-000001").contains("by 2026-11-24 09:30.");
  }

  @Test
  void missingOrBlankValuesPrintAsDash() {
    Map<String, Object> model = new HashMap<>();
    model.put("a", null);
    model.put("b", " ");
    assertThat(MailTemplates.fill("{{a}}/{{b}}/{{c}}", model)).isEqualTo("-/-/-");
  }

  @Test
  void localDatesAndNumbersAreFormattedPlainly() {
    assertThat(MailTemplates.fill("{{d}} {{n}}", Map.of("d", LocalDate.of(2026, 1, 2), "n", 650)))
        .isEqualTo("2026-01-02 650");
  }

  @Test
  void replacementTextIsNotInterpretedAsRegex() {
    assertThat(MailTemplates.fill("{{x}}", Map.of("x", "$1 \\ cost"))).isEqualTo("$1 \\ cost");
  }

  @Test
  void unknownOrUnsafeTemplateNamesAreRefused() {
    assertThatThrownBy(() -> templates.render("no-such-template", Map.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-template");
    assertThatThrownBy(() -> templates.render("../application", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
