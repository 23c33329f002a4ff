package se.delbart.shared;

/** What an account may do. EDITOR and MEMBER belong to one municipality. */
public enum Role {
    ADMIN, EDITOR, MEMBER, ANALYST;

    public boolean belongsToMunicipality() {
        return this == EDITOR || this == MEMBER;
    }
}
