package se.delbart.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.delbart.shared.Actor;
import se.delbart.shared.Role;

class SolutionPermissionsTest {

    private final Actor sundsvallEditor = new Actor("sundsvall", Role.EDITOR, "2281");
    private final Actor sundsvallMember = new Actor("kollega", Role.MEMBER, "2281");
    private final Actor angeEditor = new Actor("ange", Role.EDITOR, "2260");
    private final Actor admin = new Actor("admin", Role.ADMIN, null);
    private final Actor analyst = new Actor("skr", Role.ANALYST, null);

    private final Solution draft = Solution.draft(UUID.randomUUID(), "2281", SolutionFixtures.complete("X"), Instant.EPOCH);

    @Test
    void draftsAreVisibleOnlyToTheirMunicipalityAndAdmins() {
        assertThat(SolutionPermissions.canView(null, draft)).isFalse();
        assertThat(SolutionPermissions.canView(angeEditor, draft)).isFalse();
        assertThat(SolutionPermissions.canView(analyst, draft)).isFalse();
        assertThat(SolutionPermissions.canView(sundsvallMember, draft)).isTrue();
        assertThat(SolutionPermissions.canView(admin, draft)).isTrue();
        draft.publish(Instant.EPOCH);
        assertThat(SolutionPermissions.canView(null, draft)).isTrue();
    }

    @Test
    void onlyThePublishersEditorsAndAdminsEdit() {
        assertThat(SolutionPermissions.canEdit(sundsvallEditor, draft)).isTrue();
        assertThat(SolutionPermissions.canEdit(admin, draft)).isTrue();
        assertThat(SolutionPermissions.canEdit(angeEditor, draft)).isFalse();
        assertThat(SolutionPermissions.canEdit(sundsvallMember, draft)).isFalse();
        assertThat(SolutionPermissions.canEdit(null, draft)).isFalse();
    }

    @Test
    void onlyEditorsCreate() {
        assertThat(SolutionPermissions.canCreate(angeEditor)).isTrue();
        assertThat(SolutionPermissions.canCreate(admin)).isFalse();
        assertThat(SolutionPermissions.canCreate(sundsvallMember)).isFalse();
        assertThat(SolutionPermissions.canCreate(null)).isFalse();
    }
}
