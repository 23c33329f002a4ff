package se.delbart.provider;

import java.time.LocalDate;

/** A publiccode.yml {@code maintenance.contractors} entry: who maintains the software under contract, until when. */
public record Contractor(String name, LocalDate until, String email, String website) {
}
