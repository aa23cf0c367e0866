/**
 * The command line ({@code lantu …}), built with picocli. Nothing depends on this package; it is the only
 * one that writes to the terminal.
 */
@NullMarked
package org.lantu.cli;

import org.jspecify.annotations.NullMarked;
