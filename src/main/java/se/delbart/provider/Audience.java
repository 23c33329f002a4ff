package se.delbart.provider;

/** @param name the framework agreement or cluster, required unless {@link AudienceKind#ANY_MUNICIPALITY} */
public record Audience(AudienceKind kind, String name) {

    public static final Audience ANY_MUNICIPALITY = new Audience(AudienceKind.ANY_MUNICIPALITY, null);
}
