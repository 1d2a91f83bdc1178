package com.aftersales.security.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.mail.SendMailDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.support.GenericApplicationContext;

/** The expression allow-list on its own: what our models write passes, every way out to other code does not. */
class ExpressionPolicyTest {

  static ExpressionPolicy policy;

  @BeforeAll
  static void beans() {
    GenericApplicationContext context = new GenericApplicationContext();
    lazy(context, "sendMailDelegate", SendMailDelegate.class);
    lazy(context, "workingDayCalendar", WorkingDayCalendar.class);
    lazy(context, "processEngine", ProcessEngine.class);
    context.refresh();
    policy = new ExpressionPolicy(new ApplicationBeans(context));
  }

  private static void lazy(GenericApplicationContext context, String name, Class<?> type) {
    RootBeanDefinition definition = new RootBeanDefinition(type);
    definition.setLazyInit(true);
    context.registerBeanDefinition(name, definition);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${coverage == 'warranty'}", "${!execution.hasVariable('coverage')}", "${execution.getVariable('damageCause') != null}",
      "#{execution.processBusinessKey}", "${satisfaction <= 2 && !urgent}", "${empty engineer ? 'x' : engineer}",
      "${workingDayCalendar.toString()}", "${workingDayCalendar.zone}", "${sendMailDelegate}",
      "${decisionResult.getSingleResult().getEntry(\"coverage\")}", "plain text", "${(a + 1) * 2 > b}",
      "Case ${caseNumber} answered"})
  void allowed(String expression) {
    assertThat(policy.check(expression)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${''.getClass()}", "${''.class}", "${x.getClass().forName('java.lang.Runtime')}", "${execution.setVariable('a', 1)}",
      "${execution.getProcessEngineServices()}", "${execution.getVariable(name)}", "${execution.processEngine}",
      "${processEngine}", "${processEngine.name}", "${now()}", "${dateTime().toDate()}", "${x['class']}",
      "${workingDayCalendar.zone.getClass()}", "${workingDayCalendar.toString().getBytes()}", "${task.delete()}",
      "${decisionResult.getResultList().get(0)}", "${decisionResult.getSingleResult().getEntry(x)}",
      "${variable.method()}", "${variable.property}", "${sendMailDelegate.wait()}", "${unclosed"})
  void refused(String expression) {
    assertThat(policy.check(expression)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${workingDayCalendar}", "${processEngine}", "${noSuchBean}", "${sendMailDelegate.x}", "sendMailDelegate"})
  void delegateExpressionsNameADelegateBeanOfTheApplication(String expression) {
    assertThat(policy.checkDelegate(expression)).isNotNull();
    assertThat(policy.checkDelegate("${sendMailDelegate}")).isNull();
  }
}
