/**
 * The indicator catalog (指标库): every indicator Lantu knows, as data ({@code indicators.tsv}): its code,
 * name and synonyms (同义名), unit, direction (whether a higher figure is better), definition, category
 * (经济发展, 民生福祉, 绿色生态 …), usual attribute (约束性/预期性) and the unit that reports it (旗统计局 …).
 *
 * <p>{@link org.lantu.catalog.IndicatorCatalog} is the module's façade: it finds an indicator by any of its
 * wordings and says "direction unknown" rather than guess. Plain Java, no Spring, no database.
 */
@NullMarked
package org.lantu.catalog;

import org.jspecify.annotations.NullMarked;
