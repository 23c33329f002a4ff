package se.delbart.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text without control characters (Unicode Cc: NUL, ESC, DEL, C1 …) or line and paragraph separators, so that no text
 * a person typed can start a new line, key or cell where it is written out (YAML, CSV, logs, e-mail headers).
 * {@code multiline} texts may also hold tabs and line breaks (LF, and CR as browsers send CRLF). Null is valid.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "must not contain control characters";

    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself, for callers outside Bean Validation. */
    final class Validator implements ConstraintValidator<PlainText, CharSequence> {

        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return isPlain(value, multiline);
        }

        public static boolean isPlain(CharSequence value, boolean multiline) {
            if (value == null) {
                return true;
            }
            return value.codePoints().allMatch(cp -> {
                if (multiline && (cp == '\t' || cp == '\n' || cp == '\r')) {
                    return true;
                }
                int type = Character.getType(cp);
                return type != Character.CONTROL && type != Character.LINE_SEPARATOR
                        && type != Character.PARAGRAPH_SEPARATOR;
            });
        }
    }
}
