package se.delbart.insight.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which of Sweden's 21 counties (län, by code) share a land border. The municipality registry has no coordinates, so
 * nearness is "same county" or "neighbouring county". Gotland (09) has no land neighbour.
 */
final class Counties {

    private static final String[][] BORDERS = {
            {"01", "03"}, {"01", "04"}, {"03", "19"}, {"03", "20"}, {"03", "21"}, {"04", "05"}, {"04", "18"},
            {"04", "19"}, {"05", "06"}, {"05", "08"}, {"05", "18"}, {"06", "07"}, {"06", "08"}, {"06", "13"},
            {"06", "14"}, {"07", "08"}, {"07", "10"}, {"07", "12"}, {"07", "13"}, {"08", "10"}, {"10", "12"},
            {"12", "13"}, {"13", "14"}, {"14", "17"}, {"14", "18"}, {"17", "18"}, {"17", "20"}, {"18", "19"},
            {"18", "20"}, {"19", "20"}, {"20", "21"}, {"20", "23"}, {"21", "22"}, {"21", "23"}, {"22", "23"},
            {"22", "24"}, {"23", "24"}, {"24", "25"}};

    private static final Map<String, Set<String>> NEIGHBOURS = new HashMap<>();

    static {
        for (String[] pair : BORDERS) {
            NEIGHBOURS.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
            NEIGHBOURS.computeIfAbsent(pair[1], k -> new HashSet<>()).add(pair[0]);
        }
    }

    private Counties() {
    }

    static boolean neighbours(String a, String b) {
        return NEIGHBOURS.getOrDefault(a, Set.of()).contains(b);
    }

    /** 2 for the same county, 1 for neighbouring counties, 0 otherwise. */
    static int nearness(String a, String b) {
        return a.equals(b) ? 2 : neighbours(a, b) ? 1 : 0;
    }
}
