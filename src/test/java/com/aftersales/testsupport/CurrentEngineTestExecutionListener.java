package com.aftersales.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The engine REST API and camunda-bpm-assert find "the" engine in Camunda's static registry, where every cached
 * Spring test context registers its engine under the same name. Before each test method, this makes the engine of
 * the test's own context the registered one, so a REST call in a PostgreSQL test is not served by an H2 engine
 * of an earlier context.
 */
public class CurrentEngineTestExecutionListener implements TestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
        .ifAvailable(ProcessEngines::registerProcessEngine);
  }
}
