package se.delbart.catalog;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person adopters can talk to. */
@Embeddable
public record Contact(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 120) String role,
        @Email @Size(max = 254) String email,
        @Size(max = 40) String phone) {

    public Contact {
        name = name == null ? null : name.strip();
        role = Text.blankToNull(role);
        email = Text.blankToNull(email);
        phone = Text.blankToNull(phone);
    }
}
