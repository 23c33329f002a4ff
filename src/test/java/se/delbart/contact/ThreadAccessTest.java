package se.delbart.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.delbart.shared.Actor;
import se.delbart.shared.Role;

class ThreadAccessTest {

    private static final String PUBLISHER = "2281";
    private static final String INTERESTED = "2260";

    @Test
    void onlyStaffOfTheTwoMunicipalities() {
        assertThat(ThreadAccess.allows(new Actor("e", Role.EDITOR, PUBLISHER), PUBLISHER, INTERESTED)).isTrue();
        assertThat(ThreadAccess.allows(new Actor("m", Role.MEMBER, INTERESTED), PUBLISHER, INTERESTED)).isTrue();
        assertThat(ThreadAccess.allows(new Actor("o", Role.EDITOR, "2262"), PUBLISHER, INTERESTED)).isFalse();
        assertThat(ThreadAccess.allows(new Actor("a", Role.ADMIN, null), PUBLISHER, INTERESTED)).isFalse();
        assertThat(ThreadAccess.allows(new Actor("s", Role.ANALYST, null), PUBLISHER, INTERESTED)).isFalse();
        assertThat(ThreadAccess.allows(null, PUBLISHER, INTERESTED)).isFalse();
    }
}
