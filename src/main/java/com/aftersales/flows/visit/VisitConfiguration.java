package com.aftersales.flows.visit;

import com.aftersales.calendar.WorkingDayCalendar;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(VisitProperties.class)
public class VisitConfiguration {

  /** Everyone is a normal customer until the customer archive says otherwise (its bean replaces this one). */
  @Bean
  @ConditionalOnMissingBean(CustomerClassification.class)
  CustomerClassification customerClassification() {
    return serviceCase -> CustomerClassification.CustomerClass.NORMAL;
  }

  @Bean
  ContactWindows contactWindows(WorkingDayCalendar calendar, VisitProperties properties) {
    return new ContactWindows(calendar, properties.windows());
  }
}
