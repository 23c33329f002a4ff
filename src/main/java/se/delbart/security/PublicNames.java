package se.delbart.security;

import java.util.Collection;
import java.util.Map;

/** How accounts are shown to other people ({@link PublicName}), by username; unknown usernames are left out. */
@FunctionalInterface
public interface PublicNames {

    Map<String, PublicName> publicNames(Collection<String> usernames);
}
