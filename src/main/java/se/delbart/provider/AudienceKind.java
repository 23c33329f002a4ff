package se.delbart.provider;

/** Whom an offer is for. */
public enum AudienceKind {
    ANY_MUNICIPALITY,
    /** Members of a named framework agreement (ramavtal), e.g. through Adda. */
    FRAMEWORK_AGREEMENT,
    /** Members of a named collaboration cluster, e.g. the municipalities of a county's e-service partnership. */
    COLLABORATION_CLUSTER;

    /** Whether the audience must be named. */
    public boolean named() {
        return this != ANY_MUNICIPALITY;
    }
}
