/** The {@code regintel} command line: subcommands, their options and help. */
package dev.regintel.app.cli;
