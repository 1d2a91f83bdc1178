package com.aftersales.flows.visit;

import com.aftersales.calendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(VisitProperties.class)
public class VisitConfiguration {

  @Bean
  ContactWindows contactWindows(WorkingDayCalendar calendar, VisitProperties properties) {
    return new ContactWindows(calendar, properties.windows());
  }
}
