package com.aftersales.cases;

import java.util.List;
import java.util.Optional;

/**
 * The application's own record of an after-sales case (tables service_case and service_record), kept
 * beside the engine's history. Writes join the caller's transaction, so a delegate's record is rolled
 * back together with the engine's state when its job fails.
 */
public interface CaseService {

  /** Opens a case and gives it the next case number (AS-yyyy-nnnnnn). */
  ServiceCase open(NewCase newCase);

  Optional<ServiceCase> find(String caseNumber);

  Optional<ServiceCase> findByExternalReference(String externalReference);

  void attachProcessInstance(String caseNumber, String processInstanceId);

  /** The registered product of the installed base the case is about (customers.CustomerIntake). */
  void attachProduct(String caseNumber, long productId);

  /** Sets the current status (free text per flow, e.g. ASSESSMENT, AT_FACTORY). */
  void updateStatus(String caseNumber, String status);

  /** Sets the final status and the closed timestamp. */
  void close(String caseNumber, String finalStatus);

  void addRecord(String caseNumber, ServiceRecord record);

  List<ServiceRecord> records(String caseNumber);
}
