package dev.regintel.app.internal.graphql;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * Runs the GraphQL controller methods on the thread that serves the request.
 *
 * <p>On Java 21 and later, Spring for GraphQL treats every controller method that returns a plain
 * value as blocking and hands it to the application task executor, which here starts a new thread
 * per call. A servlet request thread may block already, so the hand-off buys nothing and costs a
 * thread start and two thread switches per controller call. (Its share of a request was not
 * measured apart: on a small lookup it was within the spread of repeated runs.) Methods that return
 * a {@code CompletableFuture} or a reactive type are unaffected.
 */
@Configuration(proxyBeanMethods = false)
class InlineControllers {

  /** Whether a controller method is run on the executor: never. */
  static boolean blocking(Object handlerMethod) {
    return false;
  }

  @Bean
  static BeanPostProcessor inlineControllerMethods() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof AnnotatedControllerConfigurer configurer) {
          configurer.setBlockingMethodPredicate(InlineControllers::blocking);
        }
        return bean;
      }
    };
  }
}
