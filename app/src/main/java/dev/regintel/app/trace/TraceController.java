package dev.regintel.app.trace;

import java.time.LocalDate;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The trace, reverse trace and coverage queries. */
@Controller
class TraceController {

  private final TraceService traces;
  private final CoverageService coverage;

  TraceController(TraceService traces, CoverageService coverage) {
    this.traces = traces;
    this.coverage = coverage;
  }

  @QueryMapping
  TraceView trace(
      @Argument String controlId, @Argument List<String> jurisdictions, @Argument Integer maxHops) {
    return traces.trace(controlId, jurisdictions, maxHops);
  }

  @QueryMapping
  ReverseTraceView reverseTrace(@Argument String requirementId, @Argument Integer maxHops) {
    return traces.reverse(requirementId, maxHops);
  }

  @QueryMapping
  DeviceCoverageView coverage(@Argument String deviceId, @Argument List<String> jurisdictions) {
    return coverage.coverage(deviceId, jurisdictions, LocalDate.now());
  }
}
