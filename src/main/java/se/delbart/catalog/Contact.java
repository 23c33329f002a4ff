package se.delbart.catalog;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.delbart.shared.PlainText;

/** A person adopters can talk to. */
@Embeddable
public record Contact(
        @NotBlank @Size(max = 120) @PlainText String name,
        @Size(max = 120) @PlainText String role,
        @Email @Size(max = 254) @PlainText String email,
        @Size(max = 40) @PlainText String phone) {

    public Contact {
        name = name == null ? null : name.strip();
        role = Text.blankToNull(role);
        email = Text.blankToNull(email);
        phone = Text.blankToNull(phone);
    }
}
