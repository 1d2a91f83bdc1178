package com.aftersales.customers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** /api/customers over HTTP on H2: the scenarios of {@link CustomerApiScenarios}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CustomerApiTest extends CustomerApiScenarios {}
