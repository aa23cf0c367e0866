package org.lantu.imports;

/**
 * Published inside an import's transaction when it stored a new plan version: listeners that must only
 * see committed data (the search index) handle it after the commit ({@code @TransactionalEventListener});
 * a rolled-back import publishes nothing they ever see.
 */
public record PlanVersionImported(long planId, long versionId) {}
