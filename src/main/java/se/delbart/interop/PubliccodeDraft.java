package se.delbart.interop;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

import se.delbart.catalog.SolutionDetails;
import se.delbart.provider.Contractor;

/**
 * A publiccode.yml mapped to the catalogue: the draft's details, what the catalogue has no field for, and notes on
 * every lossy choice.
 *
 * @param usedBy              the file's usedBy list: the publisher's own, unverified statement (never adoptions)
 * @param platforms           the file's platforms
 * @param maintenanceType     internal, contract, community or none
 * @param publiccodeVersion   publiccodeYmlVersion as written
 * @param language            the description language the texts were taken from
 * @param notes               warnings about the mapping (with the file's key path and position)
 * @param sources             catalogue field → the key (and position) it came from
 * @param url                 the file's url as written: with the municipality, what tells a repeated import of the
 *                            same software from a new one
 * @param contractors         maintenance.contractors: they become the solution's confirmed support offers
 */
public record PubliccodeDraft(SolutionDetails details, List<String> usedBy, List<String> platforms,
        String maintenanceType, String publiccodeVersion, String language, List<Finding> notes,
        @JsonIgnore Map<String, Finding> sources, String url, List<Contractor> contractors) {
}
