package se.delbart.catalog.web;

import se.delbart.municipality.Municipality;

/** The publishing municipality as shown with a solution. */
record PublisherView(String kommunkod, String name, String countyName, String skrGroup) {

    static PublisherView of(String kommunkod, Municipality m) {
        return m == null ? new PublisherView(kommunkod, kommunkod, null, null)
                : new PublisherView(m.kommunkod(), m.name(), m.countyName(), m.skrGroup().name());
    }
}
