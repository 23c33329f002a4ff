package se.delbart.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.delbart.shared.IdealType;

/** One ideal type the solution suits, with a one-line reason. */
public record IdealTypeFit(@NotNull IdealType type, @NotBlank @Size(max = 300) String reason) {

    public IdealTypeFit {
        reason = reason == null ? null : reason.strip();
    }
}
