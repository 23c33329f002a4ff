package se.delbart.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form field holding an amount in whole kronor ({@code Long}) that accepts how Swedes write amounts: "25 000",
 * "25 000 kr", "25 000,50" (rounded to whole kronor). Bound by {@link AmountFormatting}.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface SwedishAmount {
}
