package se.delbart.catalog;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Small normalisations applied to user input before it reaches the aggregate. */
final class Text {

    private Text() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<String> cleanList(Collection<String> items) {
        return items == null ? List.of()
                : items.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Set<String> cleanTags(Collection<String> items) {
        Set<String> result = new LinkedHashSet<>();
        cleanList(items).forEach(t -> result.add(t.toLowerCase(java.util.Locale.ROOT)));
        return result;
    }
}
