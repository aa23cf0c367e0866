/**
 * The web (网页界面 and REST API): server-rendered Thymeleaf pages over the plan, region and import
 * modules, and the JSON API under {@code /api/**}. Chinese by default, English with {@code ?lang=en}; no
 * inline scripts (every script is a static file), all document text escaped. Nothing depends on this
 * package.
 */
@NullMarked
package org.lantu.web;

import org.jspecify.annotations.NullMarked;
