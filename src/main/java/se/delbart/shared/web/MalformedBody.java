package se.delbart.shared.web;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.converter.HttpMessageNotReadableException;

import com.fasterxml.jackson.annotation.JsonValue;

import se.delbart.shared.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * What is wrong with a JSON body that could not be read, as one field problem: the JSON path of the value (e.g.
 * {@code fit.personalData}, {@code contacts[0].email}; empty for the body as a whole) and what was expected there
 * ({@code expected true or false}). Never the exception's own text, which names Java classes.
 */
final class MalformedBody {

    private static final int MAX_LISTED_VALUES = 25;

    private MalformedBody() {
    }

    static FieldProblem problem(HttpMessageNotReadableException e) {
        JacksonException jackson = jacksonCause(e);
        if (jackson == null) {
            return new FieldProblem("", "expected a JSON body");
        }
        String path = path(jackson.getPath());
        if (jackson instanceof UnrecognizedPropertyException) {
            return new FieldProblem(path, "expected no such field (it is not part of this resource)");
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldProblem(path, expected(mismatch.getTargetType()));
        }
        if (jackson instanceof ValueInstantiationException) {
            return new FieldProblem(path, "expected a valid value here");
        }
        if (jackson instanceof StreamReadException) {
            TokenStreamLocation at = jackson.getLocation();
            String where = at == null || at.getLineNr() < 1 ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return new FieldProblem(path, "expected well-formed JSON" + where);
        }
        return new FieldProblem(path, "expected a value of another type");
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** {@code fit.personalData}, {@code contacts[0].email}. */
    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String expected(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "expected true or false";
        }
        if (type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class || type == BigInteger.class) {
            return "expected a whole number";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class
                || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "expected a number";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "expected a string";
        }
        if (type.isEnum()) {
            return "expected one of " + String.join(", ", enumValues(type));
        }
        if (type == UUID.class) {
            return "expected a UUID (e.g. 3f1c2a9e-8d4b-4c1e-9a53-1b2c3d4e5f60)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "expected an ISO 8601 date or time (e.g. 2026-01-31)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "expected an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.isPrimitive()) {
            return "expected an object";
        }
        return "expected a value of another type";
    }

    /** The enum's JSON values: its {@code @JsonValue} where it has one, else the constant names. */
    private static List<String> enumValues(Class<?> type) {
        Method jsonValue = Arrays.stream(type.getMethods()).filter(m -> m.isAnnotationPresent(JsonValue.class))
                .filter(m -> m.getParameterCount() == 0).findFirst().orElse(null);
        List<String> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String value = ((Enum<?>) constant).name();
            if (jsonValue != null) {
                try {
                    value = String.valueOf(jsonValue.invoke(constant));
                } catch (ReflectiveOperationException e) {
                    // keep the name
                }
            }
            values.add(value);
            if (values.size() == MAX_LISTED_VALUES) {
                values.add("…");
                break;
            }
        }
        return values;
    }
}
