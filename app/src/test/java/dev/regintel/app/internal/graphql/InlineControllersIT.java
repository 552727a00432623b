package dev.regintel.app.internal.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractAppIT;
import java.lang.reflect.Method;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.data.method.HandlerMethod;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The app's controller configurer treats no controller method as blocking, so none is handed to the
 * task executor; Spring's own default on Java 21+ would hand over every method that returns a plain
 * value, such as this one.
 */
class InlineControllersIT extends AbstractAppIT {

  @Autowired AnnotatedControllerConfigurer configurer;

  /** A controller method that returns a plain value. */
  public String plain() {
    return "plain";
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPlainControllerMethodRunsOnTheRequestThread() throws Exception {
    Method method = InlineControllersIT.class.getMethod("plain");
    HandlerMethod handler = new HandlerMethod(this, method);
    Predicate<HandlerMethod> blocking =
        (Predicate<HandlerMethod>)
            ReflectionTestUtils.getField(configurer, "blockingMethodPredicate");
    assertThat(blocking.test(handler)).isFalse();

    // What the app overrides: a configurer left to Spring's default hands it to the executor.
    Predicate<HandlerMethod> spring =
        (Predicate<HandlerMethod>)
            ReflectionTestUtils.getField(
                new AnnotatedControllerConfigurer(), "blockingMethodPredicate");
    assertThat(spring.test(handler)).isTrue();
  }
}
