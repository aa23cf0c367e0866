/**
 * Ingestion (导入): a plan document in any supported format (TXT in UTF-8/GBK/UTF-16, DOCX, PDF, HTML)
 * read into an {@link org.lantu.plan.ExtractedPlan}. Plain Java: no Spring context, no database, so that
 * {@code lantu extract} starts fast. {@link org.lantu.ingest.IngestService} is the module's façade.
 */
@NullMarked
package org.lantu.ingest;

import org.jspecify.annotations.NullMarked;
