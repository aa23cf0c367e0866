/**
 * Demonstration data (模拟数据): {@link org.lantu.demo.DemoGenerator} fills a fictional region with counties,
 * plans and observations for demos and benchmarks. Everything it makes is marked as made up.
 */
@NullMarked
package org.lantu.demo;

import org.jspecify.annotations.NullMarked;
