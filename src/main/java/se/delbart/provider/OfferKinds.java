package se.delbart.provider;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a set of offer kinds as one comma-separated column, in the enum's order. */
@Converter
class OfferKinds implements AttributeConverter<Set<OfferKind>, String> {

    @Override
    public String convertToDatabaseColumn(Set<OfferKind> kinds) {
        return kinds == null ? "" : kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<OfferKind> convertToEntityAttribute(String column) {
        Set<OfferKind> kinds = EnumSet.noneOf(OfferKind.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(OfferKind::valueOf).forEach(kinds::add);
        }
        return kinds;
    }
}
