package com.aftersales.variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.cases.DamageCause;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one set of rules for reading what forms and callers put into process variables. */
class VariableTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  @DisplayName("a whole number is read from Long, Integer, 3.0 and text; 2.7 is refused naming the field, not truncated")
  void integersAreExact() {
    Variable<Integer> satisfaction = Variable.integer("satisfaction");
    assertThat(satisfaction.read(4L)).isEqualTo(4);
    assertThat(satisfaction.read(4)).isEqualTo(4);
    assertThat(satisfaction.read(4.0)).isEqualTo(4);
    assertThat(satisfaction.read(" 5 ")).isEqualTo(5);
    assertThatThrownBy(() -> satisfaction.read(2.7))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("satisfaction must be a whole number, not 2.7");
    assertThatThrownBy(() -> satisfaction.read("a lot"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("satisfaction");
    assertThatThrownBy(() -> satisfaction.read(3_000_000_000L)).hasMessageStartingWith("satisfaction");
  }

  @Test
  @DisplayName("money is a BigDecimal to the code: 150.1 from a form stays 150.1, and it is stored as its plain text")
  void moneyIsBigDecimal() {
    Variable<BigDecimal> amount = Variable.money("amountPaid");
    assertThat(amount.read(200L)).isEqualByComparingTo("200");
    assertThat(amount.read(150.1)).isEqualTo(new BigDecimal("150.1"));
    assertThat(amount.read("12.30")).isEqualTo(new BigDecimal("12.30"));
    assertThat(amount.stored(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(amount.read(amount.stored(new BigDecimal("99.95")))).isEqualTo(new BigDecimal("99.95"));
    assertThatThrownBy(() -> amount.read("a lot")).hasMessage("amountPaid is not a number: a lot");
    assertThatThrownBy(() -> amount.read(Double.NaN)).hasMessageStartingWith("amountPaid");
  }

  @Test
  @DisplayName("absent, null and blank read as null; required names the field")
  void absentValues() {
    Variable<String> notes = Variable.text("notes");
    Map<String, Object> variables = new HashMap<>();
    variables.put("notes", "   ");
    assertThat(notes.from(variables)).isNull();
    assertThat(notes.from(Map.of())).isNull();
    assertThat(notes.read(" fixed ")).isEqualTo("fixed");
    assertThatThrownBy(() -> notes.required(notes.from(variables)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("notes is required");
  }

  @Test
  @DisplayName("a value set reads its codes and refuses anything else naming the allowed codes")
  void valueSets() {
    Variable<DamageCause> cause = Variable.oneOf("damageCause", DamageCause.class);
    assertThat(cause.read("quality")).isEqualTo(DamageCause.QUALITY);
    assertThat(cause.stored(DamageCause.HUMAN)).isEqualTo("human");
    assertThatThrownBy(() -> cause.read("lightning"))
        .hasMessage("damageCause must be one of quality, human, unknown, not lightning");
    assertThat(cause.put(new HashMap<>(), DamageCause.UNKNOWN)).containsEntry("damageCause", "unknown");
  }

  @Test
  @DisplayName("a code is the constant's name in lower camel case")
  void codes() {
    enum Route implements Variable.Code { ON_SITE, PARTS }
    assertThat(Route.ON_SITE.code()).isEqualTo("onSite");
    assertThat(Route.PARTS.code()).isEqualTo("parts");
  }

  @Test
  @DisplayName("booleans: true/false as Boolean or text; other text is refused")
  void booleans() {
    Variable<Boolean> flag = Variable.bool("urgent");
    assertThat(flag.read(Boolean.TRUE)).isTrue();
    assertThat(flag.read("false")).isFalse();
    assertThatThrownBy(() -> flag.read("yes")).hasMessage("urgent must be true or false, not yes");
  }

  @Test
  @DisplayName("date-times from forms: with their offset as given, without one in the company's zone, a day alone at its hour")
  void dateTimes() {
    Variable<Date> appointment = Variable.dateTime("appointment").inZone(SHANGHAI);
    assertThat(appointment.read("2026-03-03T10:00Z").toInstant()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    assertThat(appointment.read("2026-03-03T18:00+08:00").toInstant()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    assertThat(appointment.read("2026-03-03T10:00").toInstant())
        .isEqualTo(LocalDateTime.of(2026, 3, 3, 10, 0).atZone(SHANGHAI).toInstant());
    Date date = new Date();
    assertThat(appointment.read(date)).isSameAs(date);
    assertThat(Variable.dateTime("agreedReadyDate", 18).inZone(SHANGHAI).read("2026-03-05").toInstant())
        .isEqualTo(LocalDate.of(2026, 3, 5).atTime(18, 0).atZone(SHANGHAI).toInstant());
    assertThatThrownBy(() -> appointment.read("tomorrow morning"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("appointment");
    assertThatThrownBy(() -> Variable.dateTime("appointment").read("2026-03-03T10:00"))
        .hasMessageStartingWith("appointment needs a date-time with an offset");
  }

  @Test
  @DisplayName("typed values the engine hands over (a typed null) read like plain ones")
  void typedValues() {
    Map<String, Object> variables = Variables.createVariables().putValueTyped("months", Variables.integerValue(null));
    assertThat(Variable.integer("months").from(variables)).isNull();
  }
}
