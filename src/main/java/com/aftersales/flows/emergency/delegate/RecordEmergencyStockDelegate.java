package com.aftersales.flows.emergency.delegate;

import com.aftersales.cases.CaseVariables;
import com.aftersales.flows.Steps;
import com.aftersales.flows.emergency.EmergencyProcess.Vars;
import com.aftersales.flows.emergency.EmergencyService;
import com.aftersales.stock.EmergencyDraw;
import com.aftersales.web.InvalidRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issues the parts the warehouse drew on the stock ledger, the emergency store first (rulebook 003 八3: 优先调用,
 * {@link EmergencyDraw}), and files what was drawn (parts and the tools the ledger does not keep) and what was
 * lacking: what the warehouse names and what neither store held.
 */
@Component("recordEmergencyStockDelegate")
public class RecordEmergencyStockDelegate implements JavaDelegate {

  private final EmergencyService emergencies;
  private final EmergencyDraw draw;

  public RecordEmergencyStockDelegate(EmergencyService emergencies, EmergencyDraw draw) {
    this.emergencies = emergencies;
    this.draw = draw;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = Steps.required(execution, CaseVariables.CASE_NUMBER);
    String user = Steps.user(execution);
    EmergencyDraw.Result result;
    try {
      result = draw.draw(caseNumber, execution.getVariable(Vars.EMERGENCY_LINES), user == null ? "system" : user,
          "emergency:" + execution.getProcessInstanceId() + ":draw");
    } catch (InvalidRequestException e) {
      throw new IllegalArgumentException(Vars.EMERGENCY_LINES + ": " + e.getMessage() + " " + e.errors(), e);
    }
    String drawn = join(result.drawnText(), Steps.string(execution, Vars.STOCK_DRAWN));
    if (drawn == null) {
      throw new IllegalArgumentException(Vars.STOCK_DRAWN + ": name the parts (line boxes) or tools drawn");
    }
    String lacking = join(Steps.string(execution, Vars.STOCK_SHORT_NOTE),
        result.shortText() == null ? null : "两库均无: " + result.shortText());
    emergencies.stock(caseNumber, drawn, Steps.flag(execution, Vars.STOCK_SHORT) || result.shortOfStock(), lacking,
        user, Steps.now());
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + "; " + b;
  }
}
