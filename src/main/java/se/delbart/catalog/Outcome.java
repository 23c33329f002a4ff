package se.delbart.catalog;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.delbart.shared.PlainText;

/** A measured result, e.g. "Handläggningstid" 35 "%" "minskning första året". */
@Embeddable
public record Outcome(
        @NotBlank @Size(max = 200) @PlainText String metric,
        @NotNull @Digits(integer = 16, fraction = 2) @Column(name = "amount") BigDecimal value,
        @NotBlank @Size(max = 40) @PlainText String unit,
        @Size(max = 40) @PlainText String period) {

    public Outcome {
        metric = metric == null ? null : metric.strip();
        unit = unit == null ? null : unit.strip();
        period = Text.blankToNull(period);
        if (value != null) {
            // 35, 35.0 and 35.00 are the same figure: normalise so that change detection and JSON agree
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }
    }
}
