package com.aftersales.flows;

import static com.aftersales.flows.ServiceTypeCases.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.flows.consultation.ConsultationRepository;
import com.aftersales.flows.emergency.EmergencyRepository;
import com.aftersales.flows.installation.InstallationRepository;
import com.aftersales.flows.maintenance.MaintenanceRepository;
import com.aftersales.testsupport.PostgresAvailable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/** The four service-type flows and their tables (V230_1 to V230_4) on PostgreSQL 15, each along its main path. */
@PostgresAvailable
/* the base class activates "test"; this adds PostgreSQL */
@ActiveProfiles("pgtest")
class ServiceTypesPostgresTest extends ServiceTypeFlowTest {

  /** Monday 09:00 in Shanghai. */
  static final Instant T0 = Instant.parse("2031-03-03T01:00:00Z");

  @Autowired ConsultationRepository consultations;
  @Autowired InstallationRepository installations;
  @Autowired MaintenanceRepository maintenance;
  @Autowired EmergencyRepository emergencies;

  @Override
  protected Instant startTime() {
    return T0;
  }

  @Test
  @DisplayName("a suggestion is answered, instructed and followed through twice on PostgreSQL")
  void consultationOnPostgres() {
    ProcessInstance pi = cases.start("consultation", "Bigger paper tray");
    cases.complete(pi, "Task_ContactCustomer", vars("consultationKind", "suggestion", "answer", "Passed on"));
    cases.complete(pi, "Task_CompileFeedback", vars("feedbackReport", "Bigger tray wanted"));
    cases.complete(pi, "Task_GiveInstruction", vars("instruction", "Study it", "actionRequired", true,
        "responsibleDepartment", "工程部"));
    cases.complete(pi, "Task_TrackFollowThrough", vars("followThroughNote", "In test"));
    cases.complete(pi, "Task_TrackFollowThrough", vars("followThroughNote", "Done", "followThroughDone", true));

    assertThat(pi).isEnded();
    var c = consultations.find(pi.getBusinessKey()).orElseThrow();
    assertThat(c.followThroughChecks()).isEqualTo(2);
    assertThat(c.followThroughDoneAt()).isNotNull();
    assertThat(c.answeredInTime()).isTrue();
  }

  @Test
  @DisplayName("an installation with a parts problem is scheduled, signed and opens its parts case on PostgreSQL")
  void installationOnPostgres() {
    ProcessInstance pi = cases.start("installation", "Deliver a cabinet");
    cases.complete(pi, "Task_ContactCustomer", vars("installationScope", "batch", "factoryAssistance", false,
        "visitDate", "2031-03-05"));
    cases.complete(pi, "Task_AssignTeam", vars("teamLeader", "Wang Qiang", "installers", "Zhao Lei"));
    cases.complete(pi, "Task_InstallAndCommission", vars("keyPartsChecked", true, "commissioningOk", true,
        "siteCleaned", true, "careExplained", true, "customerSigned", true, "siteProblem", "parts",
        "followOnNote", "Door panel scratched"));

    assertThat(pi).hasPassed("Task_OpenPartsCase");
    var i = installations.find(pi.getBusinessKey()).orElseThrow();
    assertThat(i.visitDate()).isEqualTo(LocalDate.parse("2031-03-05"));
    assertThat(i.installerCount()).isEqualTo(2);
    assertThat(i.siteProblem()).isEqualTo("parts");
  }

  @Test
  @DisplayName("a maintenance plan of one visit is visited and closed on PostgreSQL")
  void maintenanceOnPostgres() {
    ProcessInstance pi = cases.start("maintenance", "Service the copier");
    cases.complete(pi, "Task_ContactCustomer", vars("plannedVisits", 1L, "visitInterval", "P6M",
        "firstVisitDate", "2031-03-04"));
    cases.complete(pi, "Task_MaintenanceVisit", vars("serviced", true, "skillsTaught", true, "findings", "Worn belt",
        "siteProblem", "none", "satisfactionScore", 5L));

    assertThat(pi).isEnded();
    assertThat(maintenance.visits(pi.getBusinessKey())).singleElement()
        .satisfies(v -> assertThat(v.findings()).isEqualTo("Worn belt"));
    assertThat(maintenance.closedAt(pi.getBusinessKey())).isPresent();
  }

  @Test
  @DisplayName("an emergency is dispatched, stocked, reached and resolved on PostgreSQL")
  void emergencyOnPostgres() {
    ProcessInstance pi = cases.start("emergency", "Line stopped", Duration.ofHours(1));
    cases.complete(pi, "Task_ContactCustomer", vars("emergencyKind", "major-failure", "teamLeader", "Wang Qiang",
        "emergencyTeam", "Wang Qiang, Zhao Lei", "dispatchNote", "On our way"));
    cases.complete(pi, "Task_DrawEmergencyStock", vars("stockDrawn", "Fuser", "stockShort", true,
        "stockShortNote", "Drum kit"));
    cases.complete(pi, "Task_ConfirmArrival", vars("arrivalNote", "On site"));
    cases.complete(pi, "Task_ReportProgress", vars("progressNote", "Running", "emergencyResolved", true));

    assertThat(pi).isEnded();
    var e = emergencies.find(pi.getBusinessKey()).orElseThrow();
    assertThat(e.arrivedInTime()).isTrue();
    assertThat(e.stockShort()).isEqualTo("Drum kit");
    assertThat(e.resolvedAt()).isNotNull();
  }
}
