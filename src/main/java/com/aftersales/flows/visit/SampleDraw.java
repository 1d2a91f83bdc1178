package com.aftersales.flows.visit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Draws the visit sample on the configured days ({@code aftersales.quality.visit.draw-cron}, default Monday and
 * Thursday 09:00 in the company zone). Every node runs it; the draw row lets only the first of a day draw.
 */
@Component
public class SampleDraw {

  private static final Logger LOG = LoggerFactory.getLogger(SampleDraw.class);

  private final VisitService visits;

  public SampleDraw(VisitService visits) {
    this.visits = visits;
  }

  @Scheduled(cron = "${aftersales.quality.visit.draw-cron:0 0 9 * * MON,THU}", zone = "${aftersales.calendar.zone:}")
  public void draw() {
    VisitService.Draw draw = visits.drawSample();
    LOG.info("Return-visit sample {}: {} of {} closed cases drawn", draw.drawId(), draw.sampled(), draw.candidates());
  }
}
