package se.delbart.recommendation;

/** Why a solution is recommended (or what to watch out for), in Swedish and English; {@code code} is stable. */
public record Reason(String code, String sv, String en, boolean caveat) {

    public String text(boolean english) {
        return english ? en : sv;
    }
}
