/**
 * The web UI (网页界面): server-rendered Thymeleaf pages over the plan, region and import modules. Chinese
 * by default, English with {@code ?lang=en}; no inline scripts (every script is a static file), all
 * document text escaped. Nothing depends on this package.
 */
@NullMarked
package org.lantu.web;

import org.jspecify.annotations.NullMarked;
