/**
 * The alignment's machinery: segmentation with a domain dictionary ({@link
 * org.lantu.align.internal.Segmenter}), BM25 ranking ({@link org.lantu.align.internal.Bm25}), coverage of
 * articles ({@link org.lantu.align.internal.CoverageAligner}) and the floors check ({@link
 * org.lantu.align.internal.FloorChecker}) with its indicator names ({@link
 * org.lantu.align.internal.IndicatorNames}). Not an
 * API: use {@link org.lantu.align.AlignmentService}.
 */
@NullMarked
package org.lantu.align.internal;

import org.jspecify.annotations.NullMarked;
