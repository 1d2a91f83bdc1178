package com.aftersales.intake;

import com.aftersales.cases.CaseLinks;
import com.aftersales.cases.CaseNotFoundException;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceCase;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.privacy.ContactDataPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Takes service requests in and shows cases. Submitting is idempotent per external reference: a repeat,
 * sequential or concurrent, returns the first case and starts nothing.
 */
@Service
public class IntakeService {

  private static final Logger log = LoggerFactory.getLogger(IntakeService.class);
  /** Intakes queue on the case-number counter row; a lock wait that times out is worth a retry. */
  private static final int ATTEMPTS = 3;

  private final IntakeTransaction transaction;
  private final CaseService cases;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final CaseLinks links;

  public IntakeService(
      IntakeTransaction transaction,
      CaseService cases,
      TaskService taskService,
      HistoryService historyService,
      CaseLinks links) {
    this.transaction = transaction;
    this.cases = cases;
    this.taskService = taskService;
    this.historyService = historyService;
    this.links = links;
  }

  public IntakeResult submit(NewCase request, String staffUserId) {
    for (int attempt = 1; ; attempt++) {
      try {
        Optional<IntakeTransaction.Opened> opened = transaction.open(request, staffUserId);
        if (opened.isPresent()) {
          ServiceCase created = cases.find(opened.get().caseNumber()).orElseThrow();
          return new IntakeResult(created, opened.get().responseDueAt().toInstant(), true);
        }
        return replay(request.externalReference()).orElseThrow();
      } catch (DuplicateKeyException e) {
        // A concurrent request with the same reference committed between our check and our insert;
        // everything of ours was rolled back, so answer with its case.
        Optional<IntakeResult> first = replay(request.externalReference());
        if (first.isEmpty()) {
          throw e;
        }
        log.info(
            "Concurrent repeat of external reference {} answered with case {}",
            request.externalReference(),
            first.get().serviceCase().caseNumber());
        return first.get();
      } catch (PessimisticLockingFailureException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
        log.info("Intake attempt {} waited too long for a lock, retrying: {}", attempt, e.getMessage());
      }
    }
  }

  private Optional<IntakeResult> replay(String externalReference) {
    return cases
        .findByExternalReference(externalReference)
        .map(c -> new IntakeResult(c, responseDueAt(c), false));
  }

  private Instant responseDueAt(ServiceCase c) {
    if (c.processInstanceId() == null) {
      return null;
    }
    HistoricVariableInstance variable =
        historyService
            .createHistoricVariableInstanceQuery()
            .processInstanceId(c.processInstanceId())
            .variableName(CaseVariables.RESPONSE_DUE_AT)
            .singleResult();
    return variable != null && variable.getValue() instanceof Date d ? d.toInstant() : null;
  }

  public CaseView view(String caseNumber) {
    ServiceCase c = cases.find(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
    return new CaseView(
        c.caseNumber(),
        c.type(),
        c.channel(),
        c.status(),
        new CaseView.Customer(
            c.customerId(),
            c.customerName(),
            ContactDataPolicy.visible(c.customerPhone()),
            ContactDataPolicy.visible(c.customerEmail()),
            ContactDataPolicy.visible(c.customerAddress())),
        new CaseView.Product(
            c.productModel(), c.serialNumber(), c.purchaseDate(), c.purchaseProof()),
        c.description(),
        c.externalReference(),
        c.openedAt(),
        c.closedAt(),
        c.processInstanceId(),
        responseDueAt(c),
        openTasks(c),
        history(c),
        links(c.caseNumber()));
  }

  private List<CaseView.LinkedCase> links(String caseNumber) {
    List<CaseView.LinkedCase> result = new ArrayList<>();
    for (CaseLinks.Link link : links.linksOf(caseNumber)) {
      boolean openedFromOther = caseNumber.equals(link.caseNumber());
      String other = openedFromOther ? link.relatedCaseNumber() : link.caseNumber();
      Optional<ServiceCase> linked = cases.find(other);
      result.add(
          new CaseView.LinkedCase(
              other,
              linked.map(ServiceCase::type).orElse(null),
              link.relation(),
              openedFromOther ? CaseView.LinkedCase.FROM : CaseView.LinkedCase.TO,
              linked.map(ServiceCase::status).orElse(null)));
    }
    return result;
  }

  private List<CaseView.OpenTask> openTasks(ServiceCase c) {
    List<CaseView.OpenTask> result = new ArrayList<>();
    for (String instanceId : processInstanceIds(c)) {
      List<Task> tasks =
          taskService.createTaskQuery().processInstanceId(instanceId).orderByTaskCreateTime().asc().list();
      for (Task task : tasks) {
        List<String> groups =
            taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .sorted()
                .toList();
        result.add(
            new CaseView.OpenTask(
                task.getId(),
                task.getName(),
                task.getTaskDefinitionKey(),
                groups,
                task.getAssignee(),
                instant(task.getCreateTime()),
                instant(task.getDueDate())));
      }
    }
    return result;
  }

  private List<CaseView.HistoryEntry> history(ServiceCase c) {
    List<CaseView.HistoryEntry> entries = new ArrayList<>();
    for (ServiceRecord r : cases.records(c.caseNumber())) {
      entries.add(
          new CaseView.HistoryEntry(
              CaseView.HistoryEntry.RECORD, r.recordedAt(), r.action(), null, null, null, null, null,
              r.action(), r.engineer(), r.partsUsed(), r.fee(), r.note(), r.recordedBy()));
    }
    for (String instanceId : processInstanceIds(c)) {
      List<HistoricActivityInstance> activities =
          historyService
              .createHistoricActivityInstanceQuery()
              .processInstanceId(instanceId)
              .finished()
              .orderByHistoricActivityInstanceEndTime()
              .asc()
              .orderPartiallyByOccurrence()
              .asc()
              .list();
      for (HistoricActivityInstance a : activities) {
        entries.add(
            new CaseView.HistoryEntry(
                CaseView.HistoryEntry.ACTIVITY,
                instant(a.getEndTime()),
                a.getActivityName() != null ? a.getActivityName() : a.getActivityId(),
                a.getActivityId(),
                a.getActivityType(),
                instant(a.getStartTime()),
                instant(a.getEndTime()),
                a.getAssignee(),
                null, null, null, null, null, null));
      }
    }
    // Stable sort: on equal times records come first (a record is written while its activity runs,
    // before that activity ends), activities keep the engine's order.
    entries.sort(
        Comparator.comparing(CaseView.HistoryEntry::at)
            .thenComparing(e -> CaseView.HistoryEntry.RECORD.equals(e.kind()) ? 0 : 1));
    return entries;
  }

  /** The case's process instance and any other instance carrying the case number as business key. */
  private Set<String> processInstanceIds(ServiceCase c) {
    Set<String> ids = new LinkedHashSet<>();
    if (c.processInstanceId() != null) {
      ids.add(c.processInstanceId());
    }
    historyService
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(c.caseNumber())
        .orderByProcessInstanceStartTime()
        .asc()
        .list()
        .stream()
        .map(HistoricProcessInstance::getId)
        .forEach(ids::add);
    return ids;
  }

  private static Instant instant(Date date) {
    return date != null ? date.toInstant() : null;
  }
}
