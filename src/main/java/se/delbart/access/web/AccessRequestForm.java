package se.delbart.access.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.delbart.shared.Role;

/** The request form. The municipality must exist and the role be a municipal one: checked by the controller. */
public class AccessRequestForm {

    @NotBlank(message = "{access.name.required}")
    @Size(max = 120, message = "{access.name.length}")
    @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{access.name.plain}")
    private String name;

    @NotBlank(message = "{access.email.required}")
    @Size(max = 254, message = "{access.email.format}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{access.email.format}")
    private String email;

    @NotBlank(message = "{access.municipality.required}")
    private String municipalityCode;

    @NotNull(message = "{access.role.required}")
    private Role role;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
