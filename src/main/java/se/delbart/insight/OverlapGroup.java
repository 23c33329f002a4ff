package se.delbart.insight;

import java.util.List;
import java.util.UUID;

import se.delbart.catalog.DayRange;
import se.delbart.catalog.SolutionType;

/**
 * Similar published solutions that different municipalities built separately: candidates for a joint or national
 * solution. {@code municipalities} counts distinct publishers; {@code sharedDomains} and {@code commonTerms} are held
 * by at least two members (most shared first); {@code links} are the mutual similarities that joined them; the
 * totals add up the members' stated implementation ranges (person-days).
 */
public record OverlapGroup(String headline, String headlineEn, int municipalities, List<Member> members,
        List<String> sharedDomains, List<String> commonTerms, boolean sameType, List<Link> links,
        int totalImplementationDaysMin, int totalImplementationDaysMax) {

    /** A member with its stated effort figures. */
    public record Member(UUID solutionId, String name, String publisherCode, String publisherName, SolutionType type,
            List<String> domains, DayRange implementationDays, DayRange adaptationDays, Long oneOffCostSek,
            Long yearlyCostSek) {
    }

    /** Two members similar to each other in both directions; {@code similarity} is the lower of the two (0..1). */
    public record Link(UUID from, String fromName, UUID to, String toName, double similarity) {
    }

    public String headline(boolean english) {
        return english ? headlineEn : headline;
    }
}
