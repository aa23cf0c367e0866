/**
 * The web: server-rendered pages and the REST API ({@code /api/**}). Nothing depends on this package.
 */
@NullMarked
package org.lantu.web;

import org.jspecify.annotations.NullMarked;
