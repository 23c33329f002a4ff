package se.delbart.municipality.web;

import se.delbart.municipality.Municipality;

/** JSON shape of a municipality. */
record MunicipalityView(String kommunkod, String name, County county, Population population, SkrGroupView skrGroup) {

    record County(String code, String name) {
    }

    record Population(int value, int year) {
    }

    record SkrGroupView(String code, String name) {
    }

    static MunicipalityView of(Municipality m) {
        return new MunicipalityView(m.kommunkod(), m.name(), new County(m.countyCode(), m.countyName()),
                new Population(m.population(), m.populationYear()),
                new SkrGroupView(m.skrGroup().name(), m.skrGroupName()));
    }
}
