/**
 * Reports a county hands in (监测评估报告): the annual monitoring report (年度监测报告) and the mid-term
 * evaluation (中期评估报告) of one plan, and a league or region report comparing the counties under a unit,
 * as DOCX, PDF, XLSX or HTML, in Chinese or English.
 *
 * <p>{@link org.lantu.report.ReportService} builds a format-neutral model first (sections, text, tables,
 * charts) from the evaluation, task reports, projects and open review findings, then one renderer per
 * format writes it. Charts are drawn on the server (JFreeChart) and embedded as PNG; the PDF embeds a
 * subset of a CJK font (see {@code lantu.report.font}). Callers check scope: the service reads what it is
 * given.
 */
@NullMarked
package org.lantu.report;

import org.jspecify.annotations.NullMarked;
