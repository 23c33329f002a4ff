package se.delbart.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One municipality's demo needs ({@code demo/needs.json}) and, optionally, its self-assessed ideal-type profile
 * (questionnaire answers by question id).
 */
record DemoNeeds(String municipality, Map<String, String> profile, List<Entry> needs) {

    record Entry(String text, Set<String> domains) {
    }
}
