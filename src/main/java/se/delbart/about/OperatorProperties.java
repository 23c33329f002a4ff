package se.delbart.about;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Who runs this Delbart, shown on "Om Delbart", the accessibility statement and the personal-data information
 * ({@code delbart.operator.*}; required in production, see application-prod.yml).
 *
 * @param name the organisation that runs the service
 * @param email where visitors reach it
 * @param phone optional
 * @param controller the personal-data controller (personuppgiftsansvarig); the operator when blank
 * @param privacyEmail where to ask about personal data (the data protection officer); {@code email} when blank
 * @param accessibilityEmail where to report an accessibility problem; {@code email} when blank
 * @param accessibilityReviewed when the accessibility statement was last reviewed
 */
@Validated
@ConfigurationProperties("delbart.operator")
public record OperatorProperties(@NotBlank String name, @NotBlank @Email String email, String phone,
        String controller, @Email String privacyEmail, @Email String accessibilityEmail,
        @NotNull LocalDate accessibilityReviewed) {

    public String controllerName() {
        return controller == null || controller.isBlank() ? name : controller;
    }

    public String privacyContact() {
        return privacyEmail == null || privacyEmail.isBlank() ? email : privacyEmail;
    }

    public String accessibilityContact() {
        return accessibilityEmail == null || accessibilityEmail.isBlank() ? email : accessibilityEmail;
    }
}
