package se.delbart.demo;

import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.SolutionDetails;

/** One example solution in {@code demo/solutions.json}. */
record DemoEntry(String key, String publisher, Lifecycle lifecycle, Integer publishedDaysAgo, SolutionDetails solution) {
}
