package org.lantu.plan.internal;

import java.util.HashMap;
import java.util.Map;

/** Keys that identify an item across versions of a plan; repeats get #2, #3 … in reading order. */
final class ItemKeys {

    private final Map<String, Integer> seen = new HashMap<>();

    String unique(String type, String key) {
        int n = seen.merge(type + "\u0000" + key, 1, Integer::sum);
        return n == 1 ? key : key + " #" + n;
    }
}
