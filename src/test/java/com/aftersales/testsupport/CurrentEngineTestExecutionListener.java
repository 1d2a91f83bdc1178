package com.aftersales.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The engine REST API, the webapps and camunda-bpm-assert find "the" engine in Camunda's static registry
 * ({@link ProcessEngines}), where every cached Spring test context registers its engine under the same name, and
 * the one registered last wins. This makes the engine of the test's own context the registered one at every point
 * where test code runs: before {@code @BeforeAll} (class callbacks and per-class instances) and before each test
 * method, so a REST call in one test is never served by the engine of another context started in between.
 */
public class CurrentEngineTestExecutionListener implements TestExecutionListener {

  @Override
  public void beforeTestClass(TestContext testContext) {
    registerOwnEngine(testContext);
  }

  @Override
  public void prepareTestInstance(TestContext testContext) {
    registerOwnEngine(testContext);
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    registerOwnEngine(testContext);
  }

  static void registerOwnEngine(TestContext testContext) {
    testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
        .ifAvailable(ProcessEngines::registerProcessEngine);
  }
}
