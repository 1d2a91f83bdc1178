package com.aftersales.flows.visit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the visits of the plans' occurrences due today ({@code aftersales.quality.visit.plan-scan-cron}, default
 * every hour at :15 in the company zone, the project's choice). Every node runs it; the occurrence row lets only
 * one visit start per occurrence. One occurrence that fails is logged and tried again at the next scan.
 */
@Component
public class VisitPlanScan {

  private static final Logger LOG = LoggerFactory.getLogger(VisitPlanScan.class);

  private final VisitPlanService plans;

  public VisitPlanScan(VisitPlanService plans) {
    this.plans = plans;
  }

  /** @return how many visits this scan started */
  @Scheduled(cron = "${aftersales.quality.visit.plan-scan-cron:0 15 * * * *}", zone = "${aftersales.calendar.zone:}")
  public int scan() {
    int started = 0;
    for (VisitPlanService.Occurrence occurrence : plans.due()) {
      try {
        if (plans.start(occurrence)) {
          started++;
        }
      } catch (RuntimeException e) {
        LOG.warn("Visit plan {} on {}: the visit could not be started, tried again at the next scan",
            occurrence.planId(), occurrence.day(), e);
      }
    }
    if (started > 0) {
      LOG.info("Visit plans: {} visit(s) started", started);
    }
    return started;
  }
}
