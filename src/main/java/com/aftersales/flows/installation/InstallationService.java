package com.aftersales.flows.installation;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.SiteProblem;
import com.aftersales.flows.installation.InstallationProcess.Actions;
import com.aftersales.flows.installation.InstallationProcess.Scope;
import com.aftersales.flows.installation.InstallationProcess.Status;
import com.aftersales.flows.installation.InstallationProcess.DamageRemedy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The installation record and its case, kept in step, with the rulebook's conditions: a team of at least two
 * (004 3.3), every key part checked and the customer's signature before the team leaves (004 2.7, 3.7, 4.6). A step
 * whose condition fails throws, so the task's completion is refused and nothing is written.
 */
@Service
public class InstallationService {

  /** What the installer confirms on site, in the order of the form (004 4.6, 3.6, 2.7; 000 part 3 §2.4). */
  public static final List<String> CHECKLIST = List.of(
      InstallationProcess.Vars.KEY_PARTS_CHECKED, InstallationProcess.Vars.COMMISSIONING_OK,
      InstallationProcess.Vars.SITE_CLEANED, InstallationProcess.Vars.CARE_EXPLAINED);

  private final InstallationRepository installations;
  private final CaseService cases;

  public InstallationService(InstallationRepository installations, CaseService cases) {
    this.installations = installations;
    this.cases = cases;
  }

  public void register(String caseNumber, Instant now) {
    installations.register(caseNumber, now);
    cases.updateStatus(caseNumber, Status.SCHEDULING);
  }

  /**
   * Records the agreed visit; answers whether the factory is brought in: when customer service asks for its help
   * (000 §2.2) and always for a large imported instrument (000 §2.3.2).
   */
  public boolean appointment(String caseNumber, Scope scope, boolean factoryAssistanceAsked, LocalDate visitDate,
      LocalDate today, String note, String user, Instant now) {
    if (visitDate.isBefore(today)) {
      throw new IllegalArgumentException("visitDate must not be in the past: " + visitDate);
    }
    boolean factoryAssistance = factoryAssistanceAsked || scope.needsFactory();
    installations.appointment(caseNumber, scope.value(), factoryAssistance, visitDate);
    cases.updateStatus(caseNumber, Status.SCHEDULED);
    cases.addRecord(caseNumber, new ServiceRecord(Actions.APPOINTMENT, null, null, null,
        scope.text() + ", " + visitDate + (factoryAssistance ? ", 厂方协助" : "") + (note == null ? "" : ": " + note),
        user, now));
    return factoryAssistance;
  }

  /** The team's names; fewer than {@link InstallationProcess#MINIMUM_INSTALLERS} is refused (004 3.3). */
  public List<String> team(String caseNumber, String leader, String installers, String user, Instant now) {
    List<String> names = names(installers);
    if (!names.contains(leader)) {
      names = new java.util.ArrayList<>(names);
      names.add(0, leader);
    }
    if (names.size() < InstallationProcess.MINIMUM_INSTALLERS) {
      throw new IllegalArgumentException("installers: at least " + InstallationProcess.MINIMUM_INSTALLERS
          + " people install (rulebook 004 3.3), got " + names);
    }
    installations.team(caseNumber, leader, String.join(", ", names), names.size());
    cases.addRecord(caseNumber, new ServiceRecord(Actions.TEAM, leader, null, null, String.join(", ", names), user, now));
    return names;
  }

  /**
   * The installation as done on site: every checklist item confirmed and the customer's signature, or the task is
   * refused (the team does not leave before).
   */
  public void commissioning(String caseNumber, List<String> unchecked, boolean customerSigned, SiteProblem problem,
      String problemNote, String user, Instant now) {
    if (!unchecked.isEmpty()) {
      throw new IllegalArgumentException("Not confirmed on site: " + unchecked);
    }
    if (!customerSigned) {
      throw new IllegalArgumentException("customerSigned: the customer signs the service record before the team"
          + " leaves (rulebook 004 3.7)");
    }
    if (problem != SiteProblem.NONE && (problemNote == null || problemNote.isBlank())) {
      throw new IllegalArgumentException("problemNote: describe the problem found on site (rulebook 004 3.7)");
    }
    installations.commissioning(caseNumber, String.join(",", CHECKLIST), now, problem.value(), problemNote);
    cases.updateStatus(caseNumber, Status.INSTALLED);
    cases.addRecord(caseNumber, new ServiceRecord(Actions.COMMISSIONED, user, null, null,
        "客户已验收签字" + (problemNote == null ? "" : "; 问题: " + problemNote), user, now));
  }

  /**
   * The installers damaged the customer's floor, walls or furniture (004 跟单4.5): recorded on the case; the
   * logistics side arranges the repair or compensation next.
   *
   * @throws IllegalArgumentException when the damage is not described (the task stays open)
   */
  public void damageReported(String caseNumber, String description, String installers, String user, Instant now) {
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("damageDescription: describe what was damaged and where (rulebook 004 4.5)");
    }
    cases.addRecord(caseNumber, new ServiceRecord(Actions.DAMAGE_REPORTED, user, null, null,
        "安装中损坏: " + description.trim() + (installers == null ? "" : "; 安装人员: " + installers), user, now));
  }

  /**
   * The repair or compensation of the damage, arranged at the installers' cost (004 跟单4.5).
   *
   * @throws IllegalArgumentException when the arrangement or a cost of at least 0 yuan is missing
   */
  public void damageSettled(String caseNumber, DamageRemedy remedy, String arrangement, BigDecimal cost,
      String installers, String user, Instant now) {
    if (arrangement == null || arrangement.isBlank()) {
      throw new IllegalArgumentException("damageArrangement: say how the damage is made good");
    }
    if (cost == null || cost.signum() < 0) {
      throw new IllegalArgumentException("damageCost: the cost in yuan (0 or more) charged to the installers");
    }
    cases.addRecord(caseNumber, new ServiceRecord(Actions.DAMAGE_SETTLED, null, null, cost,
        remedy.text() + ": " + arrangement.trim() + "; 费用 " + cost.setScale(2, java.math.RoundingMode.HALF_UP)
            .toPlainString() + " 元由安装人员承担" + (installers == null ? "" : " (" + installers + ")"), user, now));
  }

  public void close(String caseNumber, int satisfactionScore, String note, String user, Instant now) {
    if (satisfactionScore < 1 || satisfactionScore > 5) {
      throw new IllegalArgumentException("satisfactionScore must be 1 to 5, was " + satisfactionScore);
    }
    installations.close(caseNumber, satisfactionScore, note, now);
    cases.addRecord(caseNumber, new ServiceRecord(Actions.FOLLOW_UP, null, null, null,
        satisfactionScore + "/5: " + note, user, now));
    cases.close(caseNumber, Status.CLOSED);
  }

  static List<String> names(String installers) {
    return installers == null ? List.of() : Arrays.stream(installers.split("[,,、;;]"))
        .map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
  }
}
