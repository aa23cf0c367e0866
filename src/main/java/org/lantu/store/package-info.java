/**
 * The store (数据存储): PostgreSQL, schema by Flyway. With no database configured, Lantu runs an embedded
 * PostgreSQL server itself, its data under the data directory, kept between runs, durable (fsync and
 * synchronous commit on) and recovering by itself after a crash.
 */
@NullMarked
package org.lantu.store;

import org.jspecify.annotations.NullMarked;
