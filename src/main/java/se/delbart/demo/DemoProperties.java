package se.delbart.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo seeding: on only in the {@code demo} profile.
 *
 * @param enabled  seed demo users and example solutions at start (idempotent)
 * @param password the password of every demo user
 */
@ConfigurationProperties(prefix = "delbart.demo")
record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("delbart-demo") String password) {
}
