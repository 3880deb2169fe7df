/**
 * The {@code sitrep} command: {@link org.sitrep.cli.SitrepCli#main(String[])} for the shell and
 * {@link org.sitrep.cli.SitrepCli#execute(java.io.PrintWriter, java.io.PrintWriter, String...)} to
 * run it in-process.
 *
 * <pre>{@code
 * int exitCode = SitrepCli.execute(out, err, "validate", "data.json");
 * }</pre>
 */
@NullMarked
package org.sitrep.cli;

import org.jspecify.annotations.NullMarked;
