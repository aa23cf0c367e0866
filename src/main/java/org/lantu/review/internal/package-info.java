/**
 * The review's machinery: the figures a plan states ({@link org.lantu.review.internal.Figures}, from its
 * tables, its prose targets and the statements of current values found by {@link
 * org.lantu.review.internal.Statements}) and one class per kind of check. Not an API: use {@link
 * org.lantu.review.ReviewService}.
 */
@NullMarked
package org.lantu.review.internal;

import org.jspecify.annotations.NullMarked;
