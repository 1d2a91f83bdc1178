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
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * A process test: the whole application on the test profile, with the coverage plugin in its engine. Every class so
 * marked gets the same configuration, so they all share one cached Spring context (one engine) instead of one each;
 * the coverage of each process is counted over the classes that walk it and checked once ({@link ProcessCoverage}).
 * Around each test camunda-bpm-assert is bound to the engine and the engine clock reset ({@link ProcessTestLifecycle}).
 * A test that calls the application over HTTP asks for a server: {@code @ProcessTest(webEnvironment = RANDOM_PORT)}
 * (the classes so marked share a context of their own).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles("test")
@Import(ProcessCoverage.class)
@ExtendWith(ProcessTestLifecycle.class)
public @interface ProcessTest {

  /** No server ({@code MOCK}, the default), or one on a random port for the tests' HTTP client. */
  @AliasFor(annotation = SpringBootTest.class)
  SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
