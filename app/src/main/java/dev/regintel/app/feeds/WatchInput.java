package dev.regintel.app.feeds;

import java.util.List;

/** The {@code WatchInput} of {@code createWatch}: a name and the filters of the feeds. */
record WatchInput(
    String name,
    List<String> publishers,
    List<String> jurisdictions,
    List<String> kinds,
    List<String> keywords) {}
