package se.delbart.insight.needs;

import se.delbart.municipality.SkrGroup;
import se.delbart.shared.IdealType;

/**
 * What the insight views need to know about a municipality: where it is, its SKR group, and its dominant ideal type,
 * self-assessed ({@code estimated == false}) or estimated from SKR group and size (also when the municipality keeps
 * its profile private).
 */
public record MunicipalityFacts(String kommunkod, String name, String countyCode, String countyName, SkrGroup skrGroup,
        int population, IdealType type, boolean estimated) {

    /** Capacity to carry development for others, as the study describes it: operational or strategic. */
    public boolean hasCapacity() {
        return type != IdealType.PRAGMATIC;
    }
}
