package se.delbart.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EffortLevelTest {

    private static Effort effort(int implMax, Integer adaptMax, Long oneOff, Long yearly, Integer weeks) {
        return new Effort(new DayRange(1, implMax), adaptMax == null ? null : new DayRange(0, adaptMax), oneOff,
                yearly, weeks, SupportModel.PUBLISHER);
    }

    @Test
    void smallFiguresEverywhereIsLow() {
        assertThat(effort(10, 5, 50_000L, 25_000L, 8).level()).isEqualTo(EffortLevel.LOW);
    }

    @Test
    void oneFigureJustAboveLowIsMedium() {
        assertThat(effort(11, 5, 50_000L, 25_000L, 8).level()).isEqualTo(EffortLevel.MEDIUM);
        assertThat(effort(10, 6, null, null, null).level()).isEqualTo(EffortLevel.MEDIUM);
        assertThat(effort(10, 5, 50_001L, null, null).level()).isEqualTo(EffortLevel.MEDIUM);
        assertThat(effort(10, 5, null, 25_001L, null).level()).isEqualTo(EffortLevel.MEDIUM);
        assertThat(effort(10, 5, null, null, 9).level()).isEqualTo(EffortLevel.MEDIUM);
    }

    @Test
    void anyFigureAboveHighLimitIsHigh() {
        assertThat(effort(61, 0, null, null, null).level()).isEqualTo(EffortLevel.HIGH);
        assertThat(effort(60, 41, null, null, null).level()).isEqualTo(EffortLevel.HIGH);
        assertThat(effort(5, 1, 500_001L, null, null).level()).isEqualTo(EffortLevel.HIGH);
        assertThat(effort(5, 1, null, 200_001L, null).level()).isEqualTo(EffortLevel.HIGH);
        assertThat(effort(5, 1, null, null, 27).level()).isEqualTo(EffortLevel.HIGH);
        assertThat(effort(60, 40, 500_000L, 200_000L, 26).level()).isEqualTo(EffortLevel.MEDIUM);
    }

    @Test
    void noImplementationRangeMeansNoLevel() {
        assertThat(Effort.EMPTY.level()).isNull();
        assertThat(new Effort(null, new DayRange(1, 2), 1L, 1L, 1, null).level()).isNull();
    }
}
