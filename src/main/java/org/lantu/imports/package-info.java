/**
 * Import (导入): documents in, plan versions stored. Reads with {@code ingest}, files the plan under its
 * administrative unit with {@code region}, stores it with {@code plan}, all or nothing.
 */
@NullMarked
package org.lantu.imports;

import org.jspecify.annotations.NullMarked;
