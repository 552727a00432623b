/**
 * Drafts and changes: what is open for public comment on a day ({@code openForComment}), what
 * changed in the graph since an instant ({@code changes}), and what was published month by month
 * ({@code timeline}), each narrowed by the same bounded filters ({@link
 * dev.regintel.app.drafts.DraftFilter}). A comment period is open all of its closing day in the
 * publisher's time zone ({@link dev.regintel.app.drafts.PublisherZones}).
 */
package dev.regintel.app.drafts;
