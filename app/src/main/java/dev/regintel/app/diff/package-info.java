/**
 * Version diff: what changed, requirement by requirement, between two documents (usually two
 * versions of one work), and what each change touches (controls that claim the requirement, devices
 * that implement those controls, mappings to other documents). {@link
 * dev.regintel.app.diff.ClauseMatcher} pairs the requirements (by identifier first, then by title
 * and text similarity), {@link dev.regintel.app.diff.WordDiff} gives the word-level text diff, and
 * the comment sheet ({@link dev.regintel.app.diff.CommentSheets}) turns a draft's diff against its
 * previous version into the rows a standards body's comment form asks for.
 */
package dev.regintel.app.diff;
