package org.lantu.monitor;

import java.text.Normalizer;

/** Department (责任单位) names compared without the county prefix: 旗统计局, 县统计局 and 统计局 are one. */
final class Departments {

    private Departments() {}

    static String key(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s", "");
        return n.replaceFirst("^(旗|县|区|市)(?=.{2,})", "");
    }

    /** Whether a department named {@code department} is one of {@code units} (旗统计局、旗发改委). */
    static boolean among(String department, String units) {
        String d = key(department);
        for (String u : units.split("[、,，;；/|]")) {
            if (!d.isEmpty() && key(u).equals(d)) {
                return true;
            }
        }
        return false;
    }
}
