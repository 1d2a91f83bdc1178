package com.aftersales.privacy;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The contact data scan of every flow ({@link ContactDataVariableScanScenarios}) on H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContactDataVariableScanTest extends ContactDataVariableScanScenarios {}
