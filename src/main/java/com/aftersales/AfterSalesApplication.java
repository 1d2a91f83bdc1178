package com.aftersales;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AfterSalesApplication {

  public static void main(String[] args) {
    SpringApplication.run(AfterSalesApplication.class, args);
  }
}
