package com.aftersales.customers.destruction;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Erasure requests and the destruction's SQL on H2: the scenarios of {@link ErasureRequestScenarios}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErasureRequestApiTest extends ErasureRequestScenarios {}
