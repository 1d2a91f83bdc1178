package com.aftersales.flows.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ExchangePropertiesTest {

  private static ExchangeProperties bind(Map<String, String> properties) {
    ExchangeProperties target = new ExchangeProperties();
    new Binder(new MapConfigurationPropertySource(properties))
        .bind("aftersales.exchange", Bindable.ofInstance(target));
    return target;
  }

  @Test
  void theDefaultIsTheExampleManufacturer() {
    ExchangeProperties defaults = bind(Map.of());
    assertThat(defaults.getManufacturerEmail()).isEqualTo("manufacturer@example.com");
  }

  @Test
  void theManufacturerAddressCanBeConfigured() {
    ExchangeProperties configured = bind(Map.of(
        "aftersales.exchange.manufacturer-email", " factory-desk@manufacturer.example "));
    assertThat(configured.getManufacturerEmail()).isEqualTo("factory-desk@manufacturer.example");
  }

  @Test
  void anAddressWithoutAtSignStopsTheStart() {
    assertThatThrownBy(() -> bind(Map.of("aftersales.exchange.manufacturer-email", "manufacturer")))
        .isInstanceOf(BindException.class)
        .hasStackTraceContaining("must be a mail address");
  }
}
