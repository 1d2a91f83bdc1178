package com.aftersales.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A process test: the whole application on the test profile, with the coverage plugin in its engine. Every class so
 * marked gets the same configuration, so they all share one cached Spring context (one engine) instead of one each;
 * the coverage of each process is counted over the classes that walk it and checked once ({@link ProcessCoverage}).
 * Around each test camunda-bpm-assert is bound to the engine and the engine clock reset ({@link ProcessTestLifecycle}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles("test")
@Import(ProcessCoverage.class)
@ExtendWith(ProcessTestLifecycle.class)
public @interface ProcessTest {}
