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
  @Test
  @DisplayName("a customer mail is Chinese by default, amounts in 元 with two decimals")
  void aQuoteIsChineseByDefaultWithAmountsInYuan() {
    Map<String, Object> model = quote();
    MailTemplates.RenderedMail mail = templates.render("repair-quote", model);

    assertThat(mail.subject()).isEqualTo("案件 AS-2026-000007：您的 LX-200 维修报价");
    assertThat(mail.body()).contains("王芳，您好！").contains("不在保修范围内：已超出保修期。")
        .contains("人工费：200 元").contains("配件费：150.00 元").contains("合计：  350.00 元");
  }

  @Test
  @DisplayName("a customer who asked for English gets the English template, amounts in yuan, no Chinese reason")
  void aQuoteIsEnglishWhenTheCustomerAskedForIt() {
    Map<String, Object> model = quote();
    model.put("language", "en");
    MailTemplates.RenderedMail mail = templates.render("repair-quote", model);

    assertThat(mail.subject()).isEqualTo("Case AS-2026-000007: quote for the repair of your LX-200");
    assertThat(mail.body()).contains("Dear 王芳,").contains("Total:  350.00 yuan").doesNotContain("已超出保修期");
  }

  @Test
  @DisplayName("a mail without a Chinese version (staff mails) falls back to the English template")
  void aMailWithoutAChineseVersionFallsBackToEnglish() {
    MailTemplates.RenderedMail mail = templates.render("test-notice", new HashMap<>(Map.of("caseNumber", "AS-1")));
    assertThat(mail.subject()).isEqualTo("Case AS-1: test notice");
  }

  private static Map<String, Object> quote() {
    Map<String, Object> model = new HashMap<>();
    model.put("caseNumber", "AS-2026-000007");
    model.put("customerName", "王芳");
    model.put("productModel", "LX-200");
    model.put("coverageReason", "已超出保修期");
    model.put("labourCost", 200L);
    model.put("partsCost", 150.0);
    model.put("quoteTotal", new java.math.BigDecimal("350"));
    return model;
  }
}
