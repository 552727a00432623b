package dev.regintel.app.cli;

import java.util.List;

/**
 * The settings of {@code serve --management-port N}: the actuator moves to port N on loopback,
 * where it serves health with its details, info, metrics and Prometheus; the public port answers
 * {@code /health} with the status alone (a health group mapped there), for load balancers.
 */
final class ManagementPort {

  private ManagementPort() {}

  static List<String> properties(int port) {
    return List.of(
        "--management.server.port=" + port,
        "--management.server.address=127.0.0.1",
        "--management.endpoints.web.exposure.include=health,info,metrics,prometheus",
        "--management.endpoint.health.show-details=always",
        "--management.endpoint.health.group.public.include=*",
        "--management.endpoint.health.group.public.show-details=never",
        "--management.endpoint.health.group.public.show-components=never",
        "--management.endpoint.health.group.public.additional-path=server:/health");
  }
}
