package org.lantu.monitor;

import java.util.List;

/**
 * The outcome of an import of observations (CSV, JSON, an Excel template) or projects: all applied, or
 * nothing applied and every rejected item listed.
 *
 * @param rows how many values were read
 * @param created new observations (or projects)
 * @param changed existing ones whose value, source or note changed
 * @param unchanged ones already stored as given: re-running an import changes nothing
 */
public record ImportReport(boolean applied, int rows, int created, int changed, int unchanged, List<CellError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    static ImportReport rejected(int rows, List<CellError> errors) {
        return new ImportReport(false, rows, 0, 0, 0, errors);
    }
}
