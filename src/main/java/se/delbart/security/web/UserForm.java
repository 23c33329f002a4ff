package se.delbart.security.web;

import jakarta.validation.constraints.Size;
import se.delbart.security.Account;
import se.delbart.shared.Role;

/**
 * The user administration form. Only size limits are checked here; the account rules (required fields, username
 * format, municipality for EDITOR/MEMBER, password length) come from {@code AccountService} with message codes.
 */
public class UserForm {

    @Size(max = 60, message = "{account.username.format}")
    private String username;
    @Size(max = 120, message = "{account.displayName.length}")
    private String displayName;
    @Size(max = 254, message = "{account.email.format}")
    private String email;
    private Role role = Role.MEMBER;
    private String municipalityCode;
    private boolean enabled = true;
    /** Required for a new account; on edit, blank keeps the current password. */
    private String password;

    static UserForm of(Account account) {
        UserForm form = new UserForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.email = account.email();
        form.role = account.role();
        form.municipalityCode = account.municipalityCode();
        form.enabled = account.enabled();
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
