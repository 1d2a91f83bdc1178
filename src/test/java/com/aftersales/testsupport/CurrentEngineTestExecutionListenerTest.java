package com.aftersales.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.TestContext;

/**
 * The trap: every cached test context registers its engine as "default" in Camunda's JVM-wide registry, and the
 * engine REST API serves whichever was registered last. The listener must hand the registry back to the test's own
 * engine before any test code runs: {@code @BeforeAll} included.
 */
class CurrentEngineTestExecutionListenerTest {

  private final ProcessEngine ownEngine = engineNamed("default");
  private final ProcessEngine otherContextsEngine = engineNamed("default");
  private final CurrentEngineTestExecutionListener listener = new CurrentEngineTestExecutionListener();

  @AfterEach
  void forgetTheFakeEngines() {
    ProcessEngines.unregister(ownEngine);
    ProcessEngines.unregister(otherContextsEngine);
  }

  @Test
  @DisplayName("before @BeforeAll, an engine registered by a context started later gives way to the test's own")
  void beforeTestClassRegistersOwnEngine() {
    TestContext testContext = contextWith(ownEngine);
    ProcessEngines.registerProcessEngine(otherContextsEngine);

    listener.beforeTestClass(testContext);

    assertThat(ProcessEngines.getProcessEngines().get("default")).isSameAs(ownEngine);
  }

  @Test
  @DisplayName("a per-class test instance and every test method see their own context's engine too")
  void prepareInstanceAndEachMethodRegisterOwnEngine() {
    TestContext testContext = contextWith(ownEngine);

    ProcessEngines.registerProcessEngine(otherContextsEngine);
    listener.prepareTestInstance(testContext);
    assertThat(ProcessEngines.getProcessEngines().get("default")).isSameAs(ownEngine);

    ProcessEngines.registerProcessEngine(otherContextsEngine);
    listener.beforeTestMethod(testContext);
    assertThat(ProcessEngines.getProcessEngines().get("default")).isSameAs(ownEngine);
  }

  @Test
  @DisplayName("a context without an engine leaves the registry as it is")
  void contextWithoutEngineChangesNothing() {
    GenericApplicationContext empty = new GenericApplicationContext();
    empty.refresh();
    TestContext testContext = mock(TestContext.class);
    when(testContext.getApplicationContext()).thenReturn(empty);
    ProcessEngines.registerProcessEngine(otherContextsEngine);

    listener.beforeTestMethod(testContext);

    assertThat(ProcessEngines.getProcessEngines().get("default")).isSameAs(otherContextsEngine);
  }

  private static ProcessEngine engineNamed(String name) {
    ProcessEngine engine = mock(ProcessEngine.class);
    when(engine.getName()).thenReturn(name);
    return engine;
  }

  private static TestContext contextWith(ProcessEngine engine) {
    GenericApplicationContext context = new GenericApplicationContext();
    context.registerBean(ProcessEngine.class, () -> engine);
    context.refresh();
    TestContext testContext = mock(TestContext.class);
    when(testContext.getApplicationContext()).thenReturn(context);
    return testContext;
  }
}
