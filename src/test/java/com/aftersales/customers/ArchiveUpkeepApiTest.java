package com.aftersales.customers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The archive's upkeep over HTTP on H2: the scenarios of {@link ArchiveUpkeepScenarios}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ArchiveUpkeepApiTest extends ArchiveUpkeepScenarios {}
