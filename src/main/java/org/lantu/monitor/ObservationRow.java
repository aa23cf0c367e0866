package org.lantu.monitor;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One value to import, as read (text, not yet checked): from a CSV line, a JSON element, a template cell.
 *
 * @param sheet the worksheet it comes from, for an Excel upload
 * @param row its row (see {@link CellError#row})
 * @param unit the administrative unit, by name (杭锦旗) or GB/T 2260 code (150625)
 * @param indicator the indicator, by code, name or synonym
 * @param source where the figure comes from (统计公报 …); null or blank keeps the stored one
 * @param note a remark; null or blank keeps the stored one
 * @param cells the cell reference of each column ({@code value → C5}), for an Excel upload; else empty
 */
public record ObservationRow(
        @Nullable String sheet,
        int row,
        @Nullable String unit,
        @Nullable String indicator,
        @Nullable String year,
        @Nullable String quarter,
        @Nullable String value,
        @Nullable String source,
        @Nullable String note,
        Map<String, String> cells) {

    public ObservationRow {
        cells = Map.copyOf(cells);
    }
}
