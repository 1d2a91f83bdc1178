package com.aftersales.flows.visit;

import com.aftersales.cases.CaseClosedListener;
import com.aftersales.cases.ServiceCase;
import org.springframework.stereotype.Component;

/** Every closed case of every flow enters the return-visit programme. */
@Component
public class CaseClosedVisits implements CaseClosedListener {

  private final VisitService visits;

  public CaseClosedVisits(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void caseClosed(ServiceCase closedCase) {
    visits.caseClosed(closedCase);
  }
}
