package com.aftersales.flows.parts.delegate;

import com.aftersales.flows.parts.PartsProcess.Typed;
import com.aftersales.flows.parts.PartsService;
import com.aftersales.variables.CurrentUser;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes the unpack log (package opened and marked) and the deadline for putting the parts back, which the
 * replenishment task after production is due by.
 */
@Component("recordUnpackDelegate")
public class RecordUnpackDelegate implements JavaDelegate {

  private final PartsService requests;

  public RecordUnpackDelegate(PartsService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date due = requests.recordUnpack(Typed.PARTS_REQUEST_NUMBER.get(execution),
        Typed.PACKAGE_NUMBER.required(execution),
        Typed.PACKAGED_PRODUCT_MODEL.get(execution),
        Typed.PACKAGE_MARKED.orElse(execution, false),
        Typed.UNPACK_APPROVED_BY.get(execution),
        CurrentUser.of(execution));
    Typed.UNPACKED.set(execution, true);
    Typed.REPLENISH_DUE_DATE.set(execution, due);
  }
}
