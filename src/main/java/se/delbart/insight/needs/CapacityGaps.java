package se.delbart.insight.needs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.municipality.SkrGroup;
import se.delbart.profile.Need;
import se.delbart.profile.Profiles;
import se.delbart.provider.ProviderOffers;
import se.delbart.provider.ServiceOffers;
import se.delbart.recommendation.Recommender;
import se.delbart.shared.IdealType;

/**
 * The capacity gaps national actors could fill: published solutions that municipalities want (they are interested,
 * plan to adopt it, or declared a need it matches) but that no confirmed provider offers to host or support, so a
 * municipality without its own IT department has no one to run it for it. Split by the wanting municipalities' ideal
 * type and SKR group; a split of fewer than {@link #K} municipalities is not shown, as on the other insight lists
 * (needs may be private; interest and plans are public on the solution page).
 */
@Service
public class CapacityGaps {

    static final int K = 3;
    private static final Set<AdoptionStatus> WANTING = Set.of(AdoptionStatus.INTERESTED, AdoptionStatus.PLANNING);

    private final AdoptionRegistry adoptions;
    private final Profiles profiles;
    private final Recommender recommender;
    private final ProviderOffers offers;
    private final SolutionCatalog catalog;
    private final MunicipalityDirectory directory;

    CapacityGaps(AdoptionRegistry adoptions, Profiles profiles, Recommender recommender, ProviderOffers offers,
            SolutionCatalog catalog, MunicipalityDirectory directory) {
        this.adoptions = adoptions;
        this.profiles = profiles;
        this.recommender = recommender;
        this.offers = offers;
        this.catalog = catalog;
        this.directory = directory;
    }

    /**
     * One solution nobody runs for others, and who wants it.
     *
     * @param municipalities distinct municipalities wanting it in any way
     * @param byType         municipalities per dominant ideal type; null where fewer than {@link #K}
     * @param bySkrGroup     municipalities per SKR group; null where fewer than {@link #K}
     * @param hostingOffered someone offers hosting but no one support (or the other way round)
     */
    public record Gap(UUID solutionId, String name, String publisherCode, String publisherName, int municipalities,
            int interested, int planning, int needs, Map<IdealType, Integer> byType,
            Map<SkrGroup, Integer> bySkrGroup, boolean hostingOffered, boolean supportOffered) {
    }

    /** Most wanted first. */
    @Transactional(readOnly = true)
    public List<Gap> report() {
        Map<String, MunicipalityFacts> facts = directory.all();
        Map<UUID, Map<String, Set<Reason>>> wanted = new HashMap<>();
        for (Adoption a : adoptions.all()) {
            if (WANTING.contains(a.status())) {
                wanted.computeIfAbsent(a.solutionId(), k -> new HashMap<>())
                        .computeIfAbsent(a.municipalityCode(), k -> new HashSet<>())
                        .add(a.status() == AdoptionStatus.INTERESTED ? Reason.INTERESTED : Reason.PLANNING);
            }
        }
        for (Need need : profiles.allNeedsNotPrivate()) {
            for (UUID solution : recommender.solutionsMatching(need.text())) {
                wanted.computeIfAbsent(solution, k -> new HashMap<>())
                        .computeIfAbsent(need.kommunkod(), k -> new HashSet<>()).add(Reason.NEED);
            }
        }
        Map<UUID, ServiceOffers> services = offers.confirmedServiceOffers(wanted.keySet());
        List<Gap> gaps = new ArrayList<>();
        wanted.forEach((id, byMunicipality) -> {
            ServiceOffers service = services.get(id);
            if (service != null && service.hostingOffered() && service.supportOffered()) {
                return;
            }
            Solution solution = catalog.findPublished(id).orElse(null);
            if (solution == null) {
                return;
            }
            // the municipality that publishes it runs it already
            Map<String, Set<Reason>> others = new LinkedHashMap<>(byMunicipality);
            others.remove(solution.publisherCode());
            if (others.isEmpty()) {
                return;
            }
            Map<IdealType, Integer> byType = new EnumMap<>(IdealType.class);
            Map<SkrGroup, Integer> byGroup = new EnumMap<>(SkrGroup.class);
            others.keySet().stream().map(facts::get).filter(java.util.Objects::nonNull).forEach(f -> {
                byType.merge(f.type(), 1, Integer::sum);
                byGroup.merge(f.skrGroup(), 1, Integer::sum);
            });
            MunicipalityFacts publisher = facts.get(solution.publisherCode());
            gaps.add(new Gap(id, solution.name(), solution.publisherCode(),
                    publisher == null ? solution.publisherCode() : publisher.name(), others.size(),
                    count(others, Reason.INTERESTED), count(others, Reason.PLANNING), count(others, Reason.NEED),
                    hideSmall(byType, IdealType.class), hideSmall(byGroup, SkrGroup.class),
                    service != null && service.hostingOffered(), service != null && service.supportOffered()));
        });
        gaps.sort(Comparator.comparingInt(Gap::municipalities).reversed().thenComparing(Gap::name));
        return gaps;
    }

    private enum Reason { INTERESTED, PLANNING, NEED }

    private static int count(Map<String, Set<Reason>> byMunicipality, Reason reason) {
        return (int) byMunicipality.values().stream().filter(r -> r.contains(reason)).count();
    }

    /** Every key, with null where fewer than {@link #K} municipalities (and not none) stand behind the figure. */
    static <E extends Enum<E>> Map<E, Integer> hideSmall(Map<E, Integer> counts, Class<E> type) {
        Map<E, Integer> shown = new EnumMap<>(type);
        for (E key : type.getEnumConstants()) {
            int n = counts.getOrDefault(key, 0);
            shown.put(key, n > 0 && n < K ? null : n);
        }
        return shown;
    }
}
