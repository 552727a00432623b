package dev.regintel.app.diff;

/**
 * Whether what was said against a requirement (SATISFIES claims, mappings) still holds for the
 * newer version of its document; the GraphQL type {@code Freshness}.
 *
 * @param stale true when the newer version changed, renumbered, moved, removed or withdrew it
 * @param newerVersionId the newer version compared with
 * @param entry the diff entry that says why; null when not stale
 */
public record FreshnessView(boolean stale, String newerVersionId, DiffEntryView entry) {}
