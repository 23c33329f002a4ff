package se.delbart.shared.web.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import se.delbart.shared.Role;

/**
 * Documents which roles the domain lets call an API operation, where that is narrower than what the security filter
 * chain admits (e.g. the chain admits any account, the catalogue only editors). It enforces nothing: the OpenAPI
 * document takes the roles from the filter chain and narrows them with this, and refuses a role the chain would not
 * let through.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiAccess {

    /** The roles that may succeed. */
    Role[] roles();

    /** Which of their targets, in words, e.g. "of the solution's municipality". */
    String scope() default "";
}
