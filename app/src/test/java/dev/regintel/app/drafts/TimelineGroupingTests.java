package dev.regintel.app.drafts;

import static dev.regintel.app.support.DocumentViews.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineGroupingTests {

  @Test
  void documentsAreGroupedByMonthAndThoseDatedOnlyByYearAfterThatYearsDecember() {
    List<TimelinePeriod> periods =
        DraftsController.byPeriod(
            List.of(
                version("feb", "FINAL", null, "2019-02"),
                version("jun-a", "FINAL", null, "2019-06-19"),
                version("jun-b", "FINAL", null, "2019-06-25"),
                version("dec", "FINAL", null, "2019-12-31"),
                version("year", "FINAL", null, "2019"),
                version("next", "FINAL", null, "2020-01-02")));
    assertThat(periods)
        .extracting(TimelinePeriod::period)
        .containsExactly("2019-02", "2019-06", "2019-12", "2019", "2020-01");
    assertThat(periods.get(1).count()).isEqualTo(2);
    assertThat(periods.get(3).precision()).isEqualTo("YEAR");
    assertThat(periods.get(3).starts()).hasToString("2019-01-01");
  }
}
