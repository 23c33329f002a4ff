package se.delbart.demo;

import se.delbart.shared.Role;

/** A demo account; all share the demo password. */
record DemoUser(String username, String displayName, Role role, String municipalityCode) {
}
