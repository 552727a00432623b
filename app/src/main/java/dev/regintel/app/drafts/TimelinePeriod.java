package dev.regintel.app.drafts;

import dev.regintel.app.document.DocumentView;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a timeline: the documents published in one month, or those of one year whose date
 * gives only the year.
 *
 * @param period '2019-07' for a month, '2019' for a year
 * @param precision MONTH or YEAR
 * @param starts the first day of the period
 * @param documents the documents, oldest first
 */
record TimelinePeriod(
    String period, String precision, LocalDate starts, List<DocumentView> documents) {

  int count() {
    return documents.size();
  }
}
