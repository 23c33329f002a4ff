package se.delbart.demo;

import java.util.List;
import java.util.Set;

import se.delbart.adoption.AdoptionStatus;
import se.delbart.adoption.Experience;

/**
 * One example adoption in {@code demo/adoptions.json}: {@code solution} is the key of an entry in
 * {@code demo/solutions.json}; steps and report are dated in days before the start of the demo.
 */
record DemoAdoption(String solution, String municipality, Set<String> departments, String adoptedVersion,
        List<Step> steps, Experience report, Integer reportedDaysAgo) {

    record Step(AdoptionStatus status, int daysAgo, String reason) {
    }
}
