/**
 * The {@code regintel} command line, on picocli: {@link dev.regintel.app.cli.RegintelCommand} lists
 * the subcommands, one class each ({@code serve}, {@code load}, {@code crawl}); {@link
 * dev.regintel.app.cli.Main} is the jar's entry point. A command checks its arguments before it
 * starts anything, answers a usage error with the message, its usage line and exit status 2, and a
 * {@link dev.regintel.app.internal.RegintelException} with its message and exit status 1.
 */
package dev.regintel.app.cli;
