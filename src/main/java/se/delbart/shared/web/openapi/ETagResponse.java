package se.delbart.shared.web.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation whose successful answer carries the resource's version as an {@code ETag}, to be sent back
 * in {@code If-Match}. Operations that take {@code If-Match} are documented with an ETag without this.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ETagResponse {
}
