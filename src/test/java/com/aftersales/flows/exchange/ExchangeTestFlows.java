package com.aftersales.flows.exchange;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceCase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Test fixtures of the exchange tests: cases started the way the intake API starts them. */
final class ExchangeTestFlows {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** Monday 2 March 2026, 10:00 in the company's zone: an ordinary working day. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 10, 0);

  private ExchangeTestFlows() {}

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZONE).toInstant());
  }

  static ServiceCase openCase(CaseService cases, String type, LocalDate purchaseDate, Boolean proof) {
    return cases.open(new NewCase(type, "phone", "Li Na", "+86 138 0013 8000", "li.na@example.com",
        "Shanghai, Nanjing Road 1", "Centrifuge C-200", "SN-OLD-4711", purchaseDate, proof,
        "Rotor stops after ten minutes", null, null, null, null));
  }

  /** Opens an exchange case and starts its flow the way the intake API does. */
  static ProcessInstance startExchange(
      CaseService cases, RuntimeService runtimeService, LocalDate purchaseDate, Boolean proof, Map<String, Object> extra) {
    ServiceCase c = openCase(cases, ExchangeProcess.CASE_TYPE, purchaseDate, proof);
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put(CaseVariables.CASE_NUMBER, c.caseNumber());
    variables.put(CaseVariables.CASE_TYPE, c.type());
    variables.put(CaseVariables.CHANNEL, c.channel());
    variables.put(CaseVariables.CUSTOMER_NAME, c.customerName());
    variables.put(CaseVariables.PRODUCT_MODEL, c.productModel());
    variables.put(CaseVariables.SERIAL_NUMBER, c.serialNumber());
    variables.put(CaseVariables.PURCHASE_DATE, purchaseDate == null ? null : purchaseDate.toString());
    variables.put(CaseVariables.PURCHASE_PROOF, proof);
    variables.put(CaseVariables.DESCRIPTION, c.description());
    variables.put(CaseVariables.RESPONSE_DUE_AT, org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime());
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(ExchangeProcess.PROCESS_KEY, c.caseNumber(), variables);
    cases.attachProcessInstance(c.caseNumber(), instance.getId());
    return instance;
  }
}
