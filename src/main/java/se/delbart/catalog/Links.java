package se.delbart.catalog;

import org.hibernate.validator.constraints.URL;

import jakarta.validation.constraints.Size;

/** Where to read more. Any may be absent; present ones must be http(s) URLs. */
public record Links(
        @URL(regexp = "^https?://.*", message = "must be an http(s) URL") @Size(max = 500) String sourceCode,
        @URL(regexp = "^https?://.*", message = "must be an http(s) URL") @Size(max = 500) String documentation,
        @URL(regexp = "^https?://.*", message = "must be an http(s) URL") @Size(max = 500) String website) {

    public static final Links NONE = new Links(null, null, null);

    public Links {
        sourceCode = Text.blankToNull(sourceCode);
        documentation = Text.blankToNull(documentation);
        website = Text.blankToNull(website);
    }
}
