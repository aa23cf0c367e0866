/**
 * Administrative units (行政区划): 自治区/省 → 盟/市 → 旗/县/区 → 苏木/镇/乡, with their GB/T 2260 codes.
 * {@link org.lantu.region.RegionService} is the façade.
 */
@NullMarked
package org.lantu.region;

import org.jspecify.annotations.NullMarked;
