package com.aftersales.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What every process test does around each test method ({@link ProcessTest}): camunda-bpm-assert is bound to the
 * context's engine before the class's own {@code @BeforeEach} methods run, and the engine clock a test moved is
 * back on the real time after its {@code @AfterEach} methods.
 */
public class ProcessTestLifecycle implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    AbstractAssertions.init(SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
  }
}
