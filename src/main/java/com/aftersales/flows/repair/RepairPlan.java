package com.aftersales.flows.repair;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.flows.repair.RepairProcess.RepairRoute;
import java.util.Date;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The plan the customer is told after the diagnosis (rulebook 000 §1.3.3: 检测后告知客户维修方案): the route in words
 * and the expected completion date, counted on the working-day calendar from the diagnosis.
 */
@Component("repairPlan")
public class RepairPlan {

  /**
   * {@code aftersales.repair.plan.*}: how long each route is expected to take (calendar expressions).
   *
   * @param onSite the on-site repair: "2 working days", the due date of {@code Task_RepairOnSite} (the project's
   *     choice; the rulebook names none)
   * @param parts a repair with new parts: "7 working days", the cycle of rulebook 000 §1.3.3.1
   * @param factory a repair at the factory: "15 working days", the upper end of 10–15 working days the factory
   *     repair takes (000 §1.5.2.4)
   * @param factoryQuoteDue due date of the task to obtain the factory's quote before the customer's quote (000
   *     §1.5.2.4): "3 working days" is the project's choice (the rulebook names none)
   */
  @ConfigurationProperties("aftersales.repair.plan")
  public record Durations(String onSite, String parts, String factory, String factoryQuoteDue) {
    public Durations {
      factoryQuoteDue = factoryQuoteDue == null || factoryQuoteDue.isBlank() ? "3 working days" : factoryQuoteDue.trim();
      onSite = onSite == null || onSite.isBlank() ? "2 working days" : onSite.trim();
      parts = parts == null || parts.isBlank() ? "7 working days" : parts.trim();
      factory = factory == null || factory.isBlank() ? "15 working days" : factory.trim();
    }
  }

  private final Durations durations;
  private final WorkingDayCalendar calendar;

  public RepairPlan(Durations durations, WorkingDayCalendar calendar) {
    this.durations = durations;
    this.calendar = calendar;
  }

  /** When a repair on this route, planned now, is expected to be complete. */
  public Date expectedCompletion(RepairRoute route, Date now) {
    return calendar.plus(now, switch (route) {
      case ON_SITE -> durations.onSite();
      case PARTS -> durations.parts();
      case FACTORY -> durations.factory();
    });
  }

  /** Due date of {@code Task_ObtainFactoryQuote} ({@code ${repairPlan.factoryQuoteDue}} in repair.bpmn). */
  public String getFactoryQuoteDue() {
    return durations.factoryQuoteDue();
  }

  /** The route as the customer's mail names it. */
  public static String describe(RepairRoute route) {
    return switch (route) {
      case ON_SITE -> "工程师上门维修";
      case PARTS -> "更换新配件维修";
      case FACTORY -> "返厂维修";
    };
  }
}
