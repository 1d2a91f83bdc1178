package com.aftersales.security;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link IdentityChangesOnTwoNodes} on H2 (both nodes on the test's in-memory database). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdentityChangesTest extends IdentityChangesOnTwoNodes {}
