package se.delbart.portfolio;

/**
 * What others say about the local adaptation a catalogue solution needs before it gives value: the publisher's stated
 * range of person-days, and the median, range and number of adopters' reported days. Null fields are not known.
 */
public record AdaptationReference(Integer statedMinDays, Integer statedMaxDays, int reportedN,
        Double reportedMedianDays, Long reportedMinDays, Long reportedMaxDays) {

    public static final AdaptationReference NONE = new AdaptationReference(null, null, 0, null, null, null);

    public boolean stated() {
        return statedMinDays != null;
    }

    public boolean reported() {
        return reportedN > 0;
    }
}
