package com.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CalendarPropertiesTest {

  @Test
  void bindsHolidayRangesMakeUpDaysAndZone() {
    MapConfigurationPropertySource source =
        new MapConfigurationPropertySource(
            Map.of(
                "aftersales.calendar.holidays[0]", "2024-10-01..2024-10-07",
                "aftersales.calendar.holidays[1]", "2025-01-01",
                "aftersales.calendar.make-up-working-days", "2024-09-29,2024-10-12",
                "aftersales.calendar.zone", "Asia/Shanghai"));
    CalendarProperties properties =
        new Binder(source).bind("aftersales.calendar", CalendarProperties.class).get();

    WorkingDayCalendar calendar = properties.toCalendar();

    assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(calendar.isWorkingDay(LocalDate.parse("2024-10-04"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-01"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2024-10-12"))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2024-09-29"))).isTrue();
  }

  @Test
  void defaultsToWeekdaysInTheJvmZone() {
    WorkingDayCalendar calendar = new CalendarProperties().toCalendar();
    assertThat(calendar.zone()).isEqualTo(ZoneId.systemDefault());
    assertThat(calendar.isWorkingDay(LocalDate.parse("2024-10-01"))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2024-10-05"))).isFalse();
  }

  @Test
  void namesThePropertyOfABadEntry() {
    CalendarProperties properties = new CalendarProperties();
    properties.setMakeUpWorkingDays(List.of("29.09.2024"));
    assertThatThrownBy(properties::toCalendar)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aftersales.calendar.make-up-working-days")
        .hasMessageContaining("29.09.2024");
    properties.setMakeUpWorkingDays(List.of());
    properties.setZone("Mars/Olympus");
    assertThatThrownBy(properties::toCalendar).hasMessageContaining("aftersales.calendar.zone");
  }
}
