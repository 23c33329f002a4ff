package se.delbart.insight.needs;

import java.util.List;
import java.util.Map;
import java.util.Set;

import se.delbart.municipality.SkrGroup;
import se.delbart.shared.IdealType;

/**
 * A group of needs shown to analysts: by domain, or by terms that always occur together. It exists only when at least
 * {@link UnmetNeedsAnalysis#K} distinct municipalities share it. {@code searches} counts every unanswered search in the
 * group, anonymous ones too, but only municipalities count toward the threshold. {@code needMembers} are the
 * municipalities that declared such a need. {@code key} of a term group is its stems joined by "+"; {@code terms} are the
 * words as most often written (for cluster proposals; never shown as a list for the group itself).
 */
public record NeedGroup(Kind kind, String key, String domain, List<String> terms, int municipalities, int needs,
        int searches, Map<IdealType, Integer> byType, Map<SkrGroup, Integer> bySkrGroup, int estimatedTypes,
        Set<String> needMembers) {

    public enum Kind {
        DOMAIN, TERMS
    }

    public String label() {
        return kind == Kind.DOMAIN ? domain : String.join(", ", terms);
    }
}
