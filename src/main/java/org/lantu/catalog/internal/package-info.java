/**
 * The catalog's machinery: the data file reader ({@link org.lantu.catalog.internal.CatalogFile}) and the
 * name normaliser ({@link org.lantu.catalog.internal.Names}). Not an API: use {@link
 * org.lantu.catalog.IndicatorCatalog}.
 */
@NullMarked
package org.lantu.catalog.internal;

import org.jspecify.annotations.NullMarked;
