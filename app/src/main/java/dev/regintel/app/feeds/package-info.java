/**
 * Feeds for calendar and feed-reader apps: Atom feeds of changes and of drafts open for comment,
 * and an iCalendar of comment deadlines. They take the filters of the {@code changes} and {@code
 * openForComment} queries as query parameters and answer through the same reads.
 */
package dev.regintel.app.feeds;
