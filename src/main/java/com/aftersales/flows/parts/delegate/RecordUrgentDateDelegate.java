package com.aftersales.flows.parts.delegate;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The ready date agreed with production for an urgent order replaces the table's lead time. */
@Component("recordUrgentDateDelegate")
public class RecordUrgentDateDelegate implements JavaDelegate {

  private final PartsService requests;
  private final WorkingDayCalendar calendar;

  public RecordUrgentDateDelegate(PartsService requests, WorkingDayCalendar calendar) {
    this.requests = requests;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date agreed = Typed.AGREED_READY_DATE.inZone(calendar.zone()).required(execution);
    requests.agreeUrgentDate(Typed.PARTS_REQUEST_NUMBER.get(execution),
        Typed.ORDER_NO.required(execution), agreed);
    Typed.ORDER_DUE_DATE.setLocal(execution, agreed);
    Typed.ORDER_LEAD_TIME.setLocal(execution, "加急，已与生产部商定");
  }
}
