package com.aftersales.flows.parts.delegate;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.flows.parts.PartsProcess.Vars;
import com.aftersales.flows.parts.PartsRequests;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The ready date agreed with production for an urgent order replaces the table's lead time. */
@Component("recordUrgentDateDelegate")
public class RecordUrgentDateDelegate implements JavaDelegate {

  private final PartsRequests requests;
  private final WorkingDayCalendar calendar;

  public RecordUrgentDateDelegate(PartsRequests requests, WorkingDayCalendar calendar) {
    this.requests = requests;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date agreed = PartsVariables.endOfDay(execution.getVariable(Vars.AGREED_READY_DATE), calendar.zone(),
        Vars.AGREED_READY_DATE);
    requests.agreeUrgentDate((String) execution.getVariable(Vars.PARTS_REQUEST_NUMBER),
        PartsVariables.integer(execution, Vars.ORDER_NO), agreed);
    execution.setVariableLocal(Vars.ORDER_DUE_DATE, agreed);
    execution.setVariableLocal(Vars.ORDER_LEAD_TIME, "urgent, agreed with production");
  }
}
