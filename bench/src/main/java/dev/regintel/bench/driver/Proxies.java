package dev.regintel.bench.driver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/** Stand-ins for the driver's interfaces, each call handed to a {@link Calls}. */
public final class Proxies {

  private Proxies() {}

  /** What a stand-in does with a call of one of its interface's methods. */
  @FunctionalInterface
  public interface Calls {
    Object call(Method method, Object[] args) throws Throwable;
  }

  /**
   * A {@code type} whose calls go to {@code calls} ({@code args} never null); {@code equals},
   * {@code hashCode} and {@code toString} are the stand-in's own.
   */
  public static <T> T of(Class<T> type, Calls calls) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) ->
                switch (method.getDeclaringClass() == Object.class ? method.getName() : "") {
                  case "equals" -> proxy == args[0];
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "toString" -> type.getSimpleName() + " stand-in";
                  default -> calls.call(method, args == null ? new Object[0] : args);
                }));
  }

  /** Calls {@code method} on {@code target}, throwing what it throws. */
  public static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The error for a call a stand-in does not support. */
  public static UnsupportedOperationException unsupported(Method method, String why) {
    return new UnsupportedOperationException(
        method.getDeclaringClass().getSimpleName() + "." + method.getName() + ": " + why);
  }
}
