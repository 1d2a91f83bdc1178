package com.aftersales.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {

  /** The company calendar, for application code computing commitments (same rules as the engine). */
  @Bean
  public WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
    return properties.toCalendar();
  }
}
